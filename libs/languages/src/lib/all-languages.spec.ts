import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_LANGUAGES } from './all-languages';

/** dockerfiles/ at the workspace root; this file is libs/languages/src/lib/. */
const DOCKERFILES = join(__dirname, '..', '..', '..', '..', 'dockerfiles');

/** The first instruction of a Dockerfile, skipping comments and blank lines. */
function firstInstruction(dockerfile: string): string | undefined {
  return dockerfile
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0 && !line.startsWith('#'));
}

describe('ALL_LANGUAGES', () => {
  it('finds dockerfiles/ at the workspace root', () => {
    expect(existsSync(join(DOCKERFILES, 'sandbox-base.Dockerfile'))).toBe(true);
  });

  it('holds the four languages of API.md', () => {
    expect(ALL_LANGUAGES.map((language) => language.id)).toEqual(expect.arrayContaining(['python', 'javascript', 'java', 'cpp']));
  });

  it.each(ALL_LANGUAGES.map((language) => [language.id]))('has dockerfiles/%s.Dockerfile', (id) => {
    expect(existsSync(join(DOCKERFILES, `${id}.Dockerfile`))).toBe(true);
  });

  it.each(ALL_LANGUAGES.map((language) => [language.id]))('builds the %s image FROM ghostide-sandbox-base', (id) => {
    const dockerfile = readFileSync(join(DOCKERFILES, `${id}.Dockerfile`), 'utf8');
    expect(firstInstruction(dockerfile)).toBe('FROM ghostide-sandbox-base');
  });

  it.each(ALL_LANGUAGES.map((language) => [language.id, language.image]))('runs %s in the image ghostide-sandbox-<id>', (id, image) => {
    expect(image).toBe(`ghostide-sandbox-${id}`);
  });
});
