import { readFileSync } from 'node:fs';
import { LanguageRegistry } from '@ghostide/languages';
import { README, renderLanguageTable, TABLE_SECTION, versionsInReadme } from './languages-table';

const languages = new LanguageRegistry().languages;

describe("README.md's table of languages", () => {
  const readme = readFileSync(README, 'utf8');
  const section = readme.slice(readme.indexOf(`<!-- ${TABLE_SECTION}:start -->`), readme.indexOf(`<!-- ${TABLE_SECTION}:end -->`));

  // Versions change with Debian's updates, so they are kept as the last `npm run languages:table` read them.
  it('is the registry\'s, every column but the versions as written now (else: npm run languages:table)', () => {
    expect(section).toContain(renderLanguageTable(languages, versionsInReadme(section)));
  });

  it('has a version read from an image for every language', () => {
    const versions = versionsInReadme(section);
    expect(languages.filter((language) => !/\d/.test(versions[language.id] ?? ''))).toEqual([]);
  });
});

describe('renderLanguageTable', () => {
  it('writes one row per language: name, id, aliases, files, compiled, version, Judge0 ids, image', () => {
    const cpp = languages.filter((language) => language.id === 'cpp');
    expect(renderLanguageTable(cpp, { cpp: 'g++ (Debian 12.2.0-14) 12.2.0' }).split('\n')[2]).toBe(
      '| C++ (g++) | `cpp` | `c++` `g++` `cxx` | `.cpp` `.cc` `.cxx` `.h` `.hpp` | yes | g++ (Debian 12.2.0-14) 12.2.0 | 54, 52 | cpp |',
    );
  });

  it('reads back the versions it wrote', () => {
    expect(versionsInReadme(renderLanguageTable(languages, { python: 'Python 3.11.2' }))).toMatchObject({ python: 'Python 3.11.2', java: 'not read yet' });
  });
});
