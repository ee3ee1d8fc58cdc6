import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaffoldLanguage } from './new-language';

describe('scaffoldLanguage', () => {
  let root: string;
  let languagesDir: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'new-language-'));
    languagesDir = join(root, 'libs/languages/src/lib');
    mkdirSync(join(languagesDir, 'python'), { recursive: true });
    writeFileSync(join(languagesDir, 'python', 'python.language.ts'), '');
    mkdirSync(join(root, 'dockerfiles'));
    writeFileSync(join(root, 'dockerfiles', 'java.Dockerfile'), '');
  });

  it('writes the module, the Dockerfile and the registry line: the two files of a language, and the list', () => {
    const written = scaffoldLanguage({ id: 'zig-lang', packages: ['zig'], from: 'base' }, root, languagesDir);

    expect(written).toEqual([
      join(languagesDir, 'zig-lang', 'zig-lang.language.ts'),
      join(root, 'dockerfiles', 'zig-lang.Dockerfile'),
      join(languagesDir, 'all-languages.ts'),
    ]);
    expect(readFileSync(written[0], 'utf8')).toContain("export const zigLang = defineLanguage({\n  id: 'zig-lang',");
    expect(readFileSync(written[1], 'utf8')).toMatch(/^FROM ghostide-sandbox-base\n[\s\S]*install -y --no-install-recommends zig [\s\S]*USER 10001:10001\n$/);
    const registry = readFileSync(written[2], 'utf8');
    expect(registry).toContain("import { zigLang } from './zig-lang/zig-lang.language';");
    expect(registry).toContain('  python,\n  zigLang,\n];');
  });

  it('builds on another language image with --from', () => {
    scaffoldLanguage({ id: 'jython', packages: ['jython'], from: 'java' }, root, languagesDir);
    expect(readFileSync(join(root, 'dockerfiles', 'jython.Dockerfile'), 'utf8')).toMatch(/^FROM ghostide-sandbox-java\n/);
  });

  it.each([
    [{ id: 'Zig', packages: ['zig'], from: 'base' }, 'the id "Zig" must match'],
    [{ id: 'python', packages: ['python3'], from: 'base' }, 'python exists already'],
    [{ id: 'zig', packages: ['zig'], from: 'nope' }, '--from nope: there is no dockerfiles/nope.Dockerfile'],
  ])('refuses %j, writing nothing', (options, message) => {
    expect(() => scaffoldLanguage(options, root, languagesDir)).toThrow(message);
    expect(existsSync(join(languagesDir, 'all-languages.ts'))).toBe(false);
  });
});
