import { SourceFile } from '@ghostide/contracts';
import { stripCLikeCommentsAndStrings } from '../source-scan';

const PUBLIC_TYPE = /\bpublic\s+(?:(?:final|abstract|sealed|strictfp)\s+)*(?:class|interface|enum|record)\s+([A-Za-z_$][\w$]*)/;
const TYPE_DECLARATION = /\b(?:class|interface|enum|record)\s+([A-Za-z_$][\w$]*)/g;
const MAIN_METHOD = /\bstatic\s+(?:final\s+)?void\s+main\s*\(/;
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
    // The nearest type declared before main is the one that holds it.
    let owner: string | undefined;
    for (const declaration of code.slice(0, main.index).matchAll(TYPE_DECLARATION)) owner = declaration[1];
    if (!owner) continue;
    const packageName = PACKAGE.exec(code)?.[1];
    return packageName ? `${packageName}.${owner}` : owner;
  }
  return undefined;
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
