import { SourceFile } from '@ghostide/contracts';

/** A word (identifier, keyword, number) or a single punctuation character of C-like source. */
export interface CLikeToken {
  text: string;
  /** Offset of the token's first character in the source. */
  index: number;
}

/** What a string or character literal becomes: its content never matters to a scan. */
export const STRING_TOKEN = '""';

/**
 * The tokens of C-like source (C++, Java) outside comments, each string or
 * character literal as one STRING_TOKEN. A single pass that looks at every
 * character once: the regular expressions this replaces backtracked, so a
 * 49 KB source of unclosed comments or of newlines took seconds on the
 * gateway's event loop. As a compiler reads it, a block comment without its
 * end runs to the end of the source; a literal without its closing quote
 * ends at the end of its line.
 */
export function cLikeTokens(source: string): CLikeToken[] {
  const tokens: CLikeToken[] = [];
  const length = source.length;
  let index = 0;
  while (index < length) {
    const char = source[index];
    const next = source[index + 1];
    if (char === '/' && next === '/') {
      index = endOf(source, '\n', index + 2, 0);
    } else if (char === '/' && next === '*') {
      index = endOf(source, '*/', index + 2, 2);
    } else if (char === '"' || char === "'") {
      tokens.push({ text: STRING_TOKEN, index });
      index = endOfLiteral(source, index);
    } else if (isWordChar(char)) {
      const start = index;
      while (index < length && isWordChar(source[index])) index++;
      tokens.push({ text: source.slice(start, index), index: start });
    } else {
      if (!isSpace(char)) tokens.push({ text: char, index });
      index++;
    }
  }
  return tokens;
}

/** Position just after `terminator` (keeping `keep` of its characters), or the end of the source. */
function endOf(source: string, terminator: string, from: number, keep: number): number {
  const found = source.indexOf(terminator, from);
  return found < 0 ? source.length : found + keep;
}

/** Position after the literal opened at `start`: after its closing quote, or at the end of its line. */
function endOfLiteral(source: string, start: number): number {
  const quote = source[start];
  let index = start + 1;
  while (index < source.length) {
    const char = source[index];
    if (char === '\\') index += 2;
    else if (char === quote) return index + 1;
    else if (char === '\n') return index;
    else index++;
  }
  return source.length;
}

/** ASCII letters, digits, `_` and `$`, and anything beyond ASCII (Java allows Unicode identifiers). */
function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code > 127
  );
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f' || char === '\v';
}

/** Python imports of the listed modules, as warnings naming file and line. */
export function warnOnPythonImports(files: SourceFile[], modules: string[]): string[] {
  const warnings: string[] = [];
  const restricted = new Set(modules);
  for (const file of files) {
    file.content.split('\n').forEach((line, index) => {
      for (const name of line.split(';').flatMap(importedModules)) {
        const topLevel = name.split('.')[0];
        if (restricted.has(topLevel)) warnings.push(`${file.name}:${index + 1}: imports "${topLevel}", which is restricted in the sandbox`);
      }
    });
  }
  return warnings;
}

/**
 * The modules one Python statement imports: "import a, b as c" lists them after
 * `import`, "from a.b import c" names one before it. Plain splitting, no
 * pattern that could backtrack on a long line.
 */
function importedModules(statement: string): string[] {
  const words = statement.trim().split(/[\s,]+/);
  if (words[0] === 'from' && words.length >= 3 && words[2] === 'import') return isDottedName(words[1]) ? [words[1]] : [];
  if (words[0] !== 'import') return [];
  const names: string[] = [];
  for (let index = 1; index < words.length; index++) {
    if (words[index] === 'as') index++;
    else if (isDottedName(words[index])) names.push(words[index]);
    else break;
  }
  return names;
}

function isDottedName(word: string): boolean {
  return word.length > 0 && word.split('.').every((part) => /^\w+$/.test(part));
}
