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
  const restricted = new Set(modules);
  // "import a, b as c" lists modules after import; "from a.b import c" names one before it.
  const statement = /^\s*(?:import\s+([\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*)|from\s+([\w.]+)\s+import\b)/;
  for (const file of files) {
    file.content.split('\n').forEach((line, index) => {
      const match = statement.exec(line);
      if (!match) return;
      const imported = match[1] ? match[1].split(',').map((part) => part.trim().split(/\s+/)[0]) : [match[2]];
      for (const name of imported) {
        const topLevel = name.split('.')[0];
        if (restricted.has(topLevel)) warnings.push(`${file.name}:${index + 1}: imports "${topLevel}", which is restricted in the sandbox`);
      }
    });
  }
  return warnings;
}
