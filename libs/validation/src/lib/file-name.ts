/**
 * A plain relative path: no leading "/", "-" or "@", no "." or ".." parts, no
 * backslashes, NULs or control characters. A leading "-" or "@" is how g++ and
 * javac read an option or an options file (`-wrapper`, `@opts.cc`).
 */
export function fileNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > 255) return 'is longer than 255 characters';
  if (name.startsWith('/')) return 'must be a relative path, not an absolute one';
  if (name.startsWith('-') || name.startsWith('@')) return 'may not start with "-" or "@", which compilers read as options';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
  if (/[\\\0-\x1f\x7f]/.test(name)) return 'may not contain backslashes or control characters';
  const parts = name.split('/');
  if (parts.some((part) => part === '..')) return 'may not contain ".."';
  if (parts.some((part) => part === '' || part === '.')) return 'may not contain empty or "." path parts';
  return undefined;
}
