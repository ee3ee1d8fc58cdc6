import { SourceFile } from '@ghostide/contracts';
import { CLikeToken, cLikeTokens } from '../source-scan';

const TYPE_KEYWORDS = new Set(['class', 'interface', 'enum', 'record']);
const PUBLIC_TYPE_MODIFIERS = new Set(['final', 'abstract', 'sealed', 'strictfp']);
// Java allows modifiers in any order: `static public void main` is as valid as `public static void main`.
const MAIN_MODIFIERS = new Set(['public', 'final', 'synchronized', 'strictfp']);

/** The public top-level type a Java file declares, which javac insists names the file. */
export function publicTypeName(source: string): string | undefined {
  const tokens = cLikeTokens(source);
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index].text !== 'public') continue;
    let next = index + 1;
    while (next < tokens.length && PUBLIC_TYPE_MODIFIERS.has(tokens[next].text)) next++;
    const name = typeNameAt(tokens, next);
    if (name) return name;
  }
  return undefined;
}

/** The class declaring `static void main(` in the files (entry file first), package-qualified, if any. */
export function mainClassName(files: SourceFile[]): string | undefined {
  for (const file of files) {
    const tokens = cLikeTokens(file.content);
    const main = mainMethodAt(tokens);
    if (main === undefined) continue;
    const owner = enclosingTypeName(tokens, main);
    if (!owner) continue;
    const packageName = packageNameOf(tokens);
    return packageName ? `${packageName}.${owner}` : owner;
  }
  return undefined;
}

/** The name declared when tokens[index] is class/interface/enum/record followed by an identifier. */
function typeNameAt(tokens: CLikeToken[], index: number): string | undefined {
  if (index + 1 >= tokens.length || !TYPE_KEYWORDS.has(tokens[index].text)) return undefined;
  const name = tokens[index + 1].text;
  return isIdentifier(name) ? name : undefined;
}

/** Index of the `static` token that starts `static [modifiers] void main (`. */
function mainMethodAt(tokens: CLikeToken[]): number | undefined {
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index].text !== 'static') continue;
    let next = index + 1;
    while (next < tokens.length && MAIN_MODIFIERS.has(tokens[next].text)) next++;
    if (tokens[next]?.text === 'void' && tokens[next + 1]?.text === 'main' && tokens[next + 2]?.text === '(') return index;
  }
  return undefined;
}

/**
 * The type whose body holds tokens[position], as the launcher names it
 * (`Outer$Inner` when nested). Not simply the last type declared before it:
 * a nested `static class Pair {}` above main must not be taken for main's class.
 */
function enclosingTypeName(tokens: CLikeToken[], position: number): string | undefined {
  /** One entry per open brace: the type whose body it opens, or undefined (method, block, initializer). */
  const open: (string | undefined)[] = [];
  // A declaration's body is the first "{" after its name.
  let declared: string | undefined;
  for (let index = 0; index < position; index++) {
    const text = tokens[index].text;
    const name = typeNameAt(tokens, index);
    if (name) declared = name;
    else if (text === '{') {
      open.push(declared);
      declared = undefined;
    } else if (text === '}') {
      open.pop();
    }
  }
  const types = open.filter((name): name is string => name !== undefined);
  return types.length > 0 ? types.join('$') : undefined;
}

/** `com.example` of `package com.example;`, the file's first declaration. */
function packageNameOf(tokens: CLikeToken[]): string | undefined {
  const start = tokens.findIndex((token) => token.text === 'package');
  if (start < 0) return undefined;
  let name = '';
  for (let index = start + 1; index < tokens.length; index++) {
    const text = tokens[index].text;
    if (text === ';') return name || undefined;
    if (text !== '.' && !isIdentifier(text)) return undefined;
    name += text;
  }
  return undefined;
}

function isIdentifier(text: string): boolean {
  return /^[A-Za-z_$\u0080-\uffff][\w$\u0080-\uffff]*$/.test(text);
}

/** Renames each file after the public class it declares: `public class Solution` lives in Solution.java. */
export function nameFilesAfterPublicClasses(files: SourceFile[]): SourceFile[] {
  return files.map((file) => {
    const publicType = publicTypeName(file.content);
    if (!publicType) return file;
    const folder = file.name.includes('/') ? file.name.slice(0, file.name.lastIndexOf('/') + 1) : '';
    return { ...file, name: `${folder}${publicType}.java` };
  });
}
