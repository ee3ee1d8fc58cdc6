import { defineLanguage, LanguageSpec } from './language-definition';
import { LanguageRegistry, toLanguageInfo } from './language-registry';

const CONFORMANCE = { echoStdin: 'e', printArgs: 'a', exitThree: 'x', crash: 'c', infiniteLoop: 'l', memoryBomb: 'm', outputFlood: 'o' };

function language(id: string, aliases: string[], overrides: Partial<LanguageSpec> = {}) {
  return defineLanguage({
    id,
    name: id.toUpperCase(),
    aliases,
    extensions: [`.${id}`],
    defaultFileName: `main.${id}`,
    versionCommand: [id, '--version'],
    limits: { defaultTimeoutS: 5, maxTimeoutS: 20, defaultMemoryMb: 64, compileTimeoutS: 0 },
    run: () => [id],
    sample: `${id} hello`,
    conformance: CONFORMANCE,
    ...overrides,
  });
}

describe('LanguageRegistry', () => {
  describe('with every supported language', () => {
    const registry = new LanguageRegistry();

    it.each([
      ['python', 'python'],
      ['py', 'python'],
      ['Python3', 'python'],
      ['javascript', 'javascript'],
      ['JS', 'javascript'],
      ['node', 'javascript'],
      ['java', 'java'],
      ['cpp', 'cpp'],
      ['C++', 'cpp'],
      ['  py  ', 'python'],
    ])('finds "%s" as %s', (name, id) => {
      expect(registry.find(name)?.id).toBe(id);
    });

    it('finds nothing for an unknown name', () => {
      expect(registry.find('brainfuck')).toBeUndefined();
      expect(registry.find('')).toBeUndefined();
    });

    it('lists every id and alias among its names', () => {
      expect(registry.names()).toEqual(expect.arrayContaining(['python', 'py', 'python3', 'javascript', 'js', 'node', 'java', 'cpp', 'c++']));
    });
  });

  it('finds a language given to it by id and by alias, in any case', () => {
    const registry = new LanguageRegistry([language('ruby', ['RB'])]);
    expect(registry.find('RUBY')?.id).toBe('ruby');
    expect(registry.find('rb')?.id).toBe('ruby');
    expect(registry.find('Rb')?.id).toBe('ruby');
  });

  it('rejects an alias used by two languages, naming the alias and both languages', () => {
    expect(() => new LanguageRegistry([language('ruby', ['rb']), language('rebol', ['RB'])])).toThrow(
      'Language name "rb" of "rebol" is already used by "ruby"',
    );
  });

  it('rejects an alias equal to another language\'s id', () => {
    expect(() => new LanguageRegistry([language('ruby', []), language('rebol', ['ruby'])])).toThrow(
      'Language name "ruby" of "rebol" is already used by "ruby"',
    );
  });

  it('rejects the same id registered twice', () => {
    expect(() => new LanguageRegistry([language('ruby', []), language('ruby', [])])).toThrow('is already used by "ruby"');
  });
});

describe('toLanguageInfo', () => {
  it('maps a language to the API\'s snake_case LanguageInfo with the given version', () => {
    expect(toLanguageInfo(language('ruby', ['rb']), 'ruby 3.3.0')).toEqual({
      id: 'ruby',
      name: 'RUBY',
      version: 'ruby 3.3.0',
      aliases: ['rb'],
      extensions: ['.ruby'],
      compiled: false,
      default_timeout: 5,
      max_timeout: 20,
      default_memory_limit_mb: 64,
      installed: true,
      sample: 'ruby hello',
    });
  });

  it('reports a language whose image no worker has yet as not installed, version unknown', () => {
    const info = toLanguageInfo(language('ruby', []), undefined);
    expect(info).toMatchObject({ installed: false, version: 'unknown' });
  });

  it('marks a language with a compile stage as compiled', () => {
    const compiled = language('zig', [], {
      compile: () => ['zig', 'build'],
      conformance: { ...CONFORMANCE, compileError: 'x' },
      limits: { defaultTimeoutS: 5, maxTimeoutS: 20, defaultMemoryMb: 64, compileTimeoutS: 30 },
    });
    expect(toLanguageInfo(compiled, '0.13').compiled).toBe(true);
  });
});
