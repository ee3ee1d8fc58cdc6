import { SourceFile } from '@ghostide/contracts';

/**
 * Removes comments and string literals from C-like source so that scans for
 * declarations do not match text inside them. Keeps line structure.
 */
export function stripCLikeCommentsAndStrings(source: string): string {
  return source.replace(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g,
    (match) => (match.startsWith('/') ? match.replace(/[^\n]/g, ' ') : '""'),
  );
}

/** Python imports of the listed modules, as warnings naming file and line. */
export function warnOnPythonImports(files: SourceFile[], modules: string[]): string[] {
  const warnings: string[] = [];
  const pattern = new RegExp(`^\\s*(?:import|from)\\s+(${modules.join('|')})\\b`);
  for (const file of files) {
    file.content.split('\n').forEach((line, index) => {
      const match = pattern.exec(line);
      if (match) warnings.push(`${file.name}:${index + 1}: imports "${match[1]}", which is restricted in the sandbox`);
    });
  }
  return warnings;
}
