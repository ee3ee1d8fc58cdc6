/**
 * The arguments of Judge0's command_line_arguments. Judge0 removes the
 * characters $ & ; < > | ` and appends the rest to the run command of a bash
 * script (app/jobs/isolate_job.rb), so bash splits it into words: here the same
 * removal, then bash's quoting ('…', "…" with \" \\ \$ \` escapes, and \ outside
 * quotes). Globs and other expansions are not applied: each word is taken as written.
 * Undefined when a quote is left open (bash would fail too).
 */
export function splitCommandLine(commandLine: string): string[] | undefined {
  const text = commandLine.replace(/[$&;<>|`]/g, '');
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return undefined;
      word = (word ?? '') + text.slice(i + 1, end);
      i = end;
    } else if (char === '"') {
      let quoted = '';
      for (i++; i < text.length && text[i] !== '"'; i++) {
        quoted += text[i] === '\\' && /["\\]/.test(text[i + 1] ?? '') ? text[++i] : text[i];
      }
      if (i >= text.length) return undefined;
      word = (word ?? '') + quoted;
    } else if (char === '\\') {
      word = (word ?? '') + (text[++i] ?? '');
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}
