import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** The folders of this directory holding a language module, <id>/<id>.language.ts. */
const LANGUAGE_FOLDERS = readdirSync(__dirname, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(__dirname, entry.name, `${entry.name}.language.ts`)))
  .map((entry) => entry.name);

describe('ALL_LANGUAGES', () => {
  it('finds dockerfiles/ at the workspace root', () => {
    expect(existsSync(join(DOCKERFILES, 'sandbox-base.Dockerfile'))).toBe(true);
  });

  it('holds the four languages of API.md', () => {
    expect(ALL_LANGUAGES.map((language) => language.id)).toEqual(expect.arrayContaining(['python', 'javascript', 'java', 'cpp']));
  });

  it('registers every language folder, each under its folder name ("npm run new-language" writes the line)', () => {
    expect(ALL_LANGUAGES.map((language) => language.id).sort()).toEqual([...LANGUAGE_FOLDERS].sort());
  });

  it.each(ALL_LANGUAGES.map((language) => [language.id, language.dockerfile]))('builds %s from dockerfiles/%s.Dockerfile', (_id, dockerfile) => {
    expect(existsSync(join(DOCKERFILES, `${dockerfile}.Dockerfile`))).toBe(true);
  });

  it.each(ALL_LANGUAGES.map((language) => [language.dockerfile]))(
    'builds the %s image FROM ghostide-sandbox-base or another sandbox image',
    (dockerfile) => {
      const instruction = readFileSync(join(DOCKERFILES, `${dockerfile}.Dockerfile`), 'utf8');
      expect(firstInstruction(instruction)).toMatch(/^FROM ghostide-sandbox-[a-z][a-z0-9-]*$/);
    },
  );

  it.each(ALL_LANGUAGES.map((language) => [language.id, language.dockerfile, language.image]))(
    'runs %s in the image ghostide-sandbox-<dockerfile>',
    (_id, dockerfile, image) => {
      expect(image).toBe(`ghostide-sandbox-${dockerfile}`);
    },
  );
});
