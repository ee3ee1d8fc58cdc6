import { SourceFile } from '@ghostide/contracts';
import { stripCLikeCommentsAndStrings } from '../source-scan';

const PUBLIC_TYPE = /\bpublic\s+(?:(?:final|abstract|sealed|strictfp)\s+)*(?:class|interface|enum|record)\s+([A-Za-z_$][\w$]*)/;
const TYPE_DECLARATION = /\b(?:class|interface|enum|record)\s+([A-Za-z_$][\w$]*)/g;
// Java allows modifiers in any order: `static public void main` is as valid as `public static void main`.
const MAIN_METHOD = /\bstatic\s+(?:(?:public|final|synchronized|strictfp)\s+)*void\s+main\s*\(/;
const PACKAGE = /^\s*package\s+([\w$.]+)\s*;/m;

/** The public top-level type a Java file declares, which javac insists names the file. */
export function publicTypeName(source: string): string | undefined {
  return PUBLIC_TYPE.exec(stripCLikeCommentsAndStrings(source))?.[1];
}

/** The class declaring `static void main(` in the files (entry file first), package-qualified, if any. */
export function mainClassName(files: SourceFile[]): string | undefined {
  for (const file of files) {
    const code = stripCLikeCommentsAndStrings(file.content);
    const main = MAIN_METHOD.exec(code);
    if (!main) continue;
    const owner = enclosingTypeName(code, main.index);
    if (!owner) continue;
    const packageName = PACKAGE.exec(code)?.[1];
    return packageName ? `${packageName}.${owner}` : owner;
  }
  return undefined;
}

/**
 * The type whose body holds `position`, as the launcher names it (`Outer$Inner`
 * when nested). Not simply the last type declared before it: a nested
 * `static class Pair {}` above main must not be taken for main's class.
 */
function enclosingTypeName(code: string, position: number): string | undefined {
  const declarations = [...code.slice(0, position).matchAll(TYPE_DECLARATION)];
  /** One entry per open brace: the type whose body it opens, or undefined (method, block, initializer). */
  const open: (string | undefined)[] = [];
  let next = 0;
  let declared: string | undefined;
  for (let index = 0; index < position; index++) {
    // A declaration's body is the first "{" after its name.
    while (next < declarations.length && (declarations[next].index ?? 0) <= index) declared = declarations[next++][1];
    if (code[index] === '{') {
      open.push(declared);
      declared = undefined;
    } else if (code[index] === '}') {
      open.pop();
    }
  }
  const types = open.filter((name): name is string => name !== undefined);
  return types.length > 0 ? types.join('$') : undefined;
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
