import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Replaces one tool's section of a shared Markdown report (BENCHMARKS.md is
 * written by the benchmark and by the soak run), keeping the others' sections.
 */
export function writeReportSection(file: string, section: string, markdown: string): void {
  const start = `<!-- ${section}:start -->`;
  const end = `<!-- ${section}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from ? current.slice(0, from) + block + current.slice(to + end.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
