import { defineLanguage, LanguageSpec, sandboxImageFor } from './language-definition';

const CONFORMANCE = { echoStdin: 'e', printArgs: 'a', exitThree: 'x', crash: 'c', infiniteLoop: 'l', memoryBomb: 'm', outputFlood: 'o' };

/** A valid interpreted language; each test breaks one field. */
function spec(overrides: Partial<LanguageSpec> = {}): LanguageSpec {
  return {
    id: 'ruby',
    name: 'Ruby',
    aliases: ['RB'],
    extensions: ['.rb'],
    defaultFileName: 'main.rb',
    versionCommand: ['ruby', '--version'],
    limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
    run: ({ files, args }) => ['ruby', files[0].name, ...args],
    sample: 'puts "Hello, world!"',
    conformance: CONFORMANCE,
    ...overrides,
  };
}

const limits = spec().limits;

describe('defineLanguage', () => {
  it('derives the image name from the id', () => {
    expect(defineLanguage(spec())).toMatchObject({ dockerfile: 'ruby', image: 'ghostide-sandbox-ruby' });
    expect(sandboxImageFor('ruby')).toBe('ghostide-sandbox-ruby');
  });

  it('runs in the image of another Dockerfile where languages share one', () => {
    expect(defineLanguage(spec({ dockerfile: 'scripting' }))).toMatchObject({ dockerfile: 'scripting', image: 'ghostide-sandbox-scripting' });
  });

  it('lower-cases aliases so lookups can be case-insensitive', () => {
    expect(defineLanguage(spec({ aliases: ['RB', 'Ruby3'] })).aliases).toEqual(['rb', 'ruby3']);
  });

  it('defaults to keeping file names and to a source check that finds nothing', () => {
    const language = defineLanguage(spec());
    const files = [{ name: 'main.rb', content: 'puts 1' }];
    expect(language.prepareFiles(files)).toEqual(files);
    expect(language.checkSource(files)).toEqual({ errors: [], warnings: [] });
  });

  it('keeps a module\'s own prepareFiles and checkSource', () => {
    const checkSource = () => ({ errors: ['no'], warnings: [] });
    const prepareFiles = () => [];
    const language = defineLanguage(spec({ checkSource, prepareFiles }));
    expect(language.checkSource).toBe(checkSource);
    expect(language.prepareFiles).toBe(prepareFiles);
  });

  it.each([
    { problem: 'an id with capitals', override: { id: 'Ruby' }, message: 'id "Ruby" must match' },
    { problem: 'an id with a space', override: { id: 'ruby 3' }, message: 'id "ruby 3" must match' },
    { problem: 'an id starting with a digit', override: { id: '3ruby' }, message: 'id "3ruby" must match' },
    { problem: 'an empty name', override: { name: '' }, message: 'name is empty' },
    { problem: 'no extensions', override: { extensions: [] }, message: 'extensions is empty' },
    { problem: 'no version command', override: { versionCommand: [] }, message: 'versionCommand is empty' },
    {
      problem: 'a default timeout above the maximum',
      override: { limits: { ...limits, defaultTimeoutS: 31 } },
      message: 'limits need 0 < defaultTimeoutS <= maxTimeoutS',
    },
    {
      problem: 'a zero default timeout',
      override: { limits: { ...limits, defaultTimeoutS: 0 } },
      message: 'limits need 0 < defaultTimeoutS <= maxTimeoutS',
    },
    {
      problem: 'a zero default memory',
      override: { limits: { ...limits, defaultMemoryMb: 0 } },
      message: 'limits.defaultMemoryMb must be positive',
    },
    {
      problem: 'a compile stage without a compile timeout',
      override: { compile: () => ['rubyc'], conformance: { ...CONFORMANCE, compileError: 'x' } },
      message: 'limits.compileTimeoutS must be positive',
    },
    {
      problem: 'a compile stage without a compile error program',
      override: { compile: () => ['rubyc'], limits: { ...limits, compileTimeoutS: 10 } },
      message: 'conformance.compileError is missing (the language compiles)',
    },
    {
      problem: 'a compile error program without a compile stage',
      override: { conformance: { ...CONFORMANCE, compileError: 'x' } },
      message: 'conformance.compileError is set but the language has no compile stage',
    },
    { problem: 'an empty sample', override: { sample: ' \n' }, message: 'sample is empty' },
    { problem: 'a Dockerfile name with a slash', override: { dockerfile: '../x' }, message: 'dockerfile "../x" must match' },
  ])('rejects $problem, naming the language and the problem', ({ override, message }) => {
    expect(() => defineLanguage(spec(override as Partial<LanguageSpec>))).toThrow(/^Language ".*" is invalid: /);
    expect(() => defineLanguage(spec(override as Partial<LanguageSpec>))).toThrow(message);
  });

  it('accepts a zero compile timeout for a language without a compile stage', () => {
    expect(() => defineLanguage(spec({ limits: { ...limits, compileTimeoutS: 0 } }))).not.toThrow();
  });

  it('lists every problem of a module in one message', () => {
    expect(() => defineLanguage(spec({ name: '', extensions: [] }))).toThrow('name is empty; extensions is empty');
  });
});
