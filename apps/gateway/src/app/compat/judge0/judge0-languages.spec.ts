import { LanguageRegistry } from '@ghostide/languages';
import { judge0Languages, primaryJudge0Id } from './judge0-languages';

const LANGUAGES = new LanguageRegistry().languages;
const VERSIONS = { python: 'Python 3.11.2', javascript: 'v20.19.2', java: 'javac 17.0.16', cpp: 'g++ (Debian 12.2.0-14) 12.2.0' };

describe('judge0Languages', () => {
  it("serves judge0-python's 1.13.1 ids (71, 63, 62, 52) and 54 for C++, named as Judge0 names them", () => {
    expect(judge0Languages(LANGUAGES, VERSIONS).map(({ id, name, definition }) => ({ id, name, language: definition.id }))).toEqual(expect.arrayContaining([
      { id: 52, name: 'C++ (GCC 12.2.0)', language: 'cpp' },
      { id: 54, name: 'C++ (GCC 12.2.0)', language: 'cpp' },
      { id: 62, name: 'Java (OpenJDK 17.0.16)', language: 'java' },
      { id: 63, name: 'JavaScript (Node.js 20.19.2)', language: 'javascript' },
      { id: 71, name: 'Python (3.11.2)', language: 'python' },
    ]));
  });

  it('serves every id once, ordered by name', () => {
    const served = judge0Languages(LANGUAGES, VERSIONS);
    expect(new Set(served.map(({ id }) => id)).size).toBe(served.length);
    expect(served.map(({ name }) => name)).toEqual([...served.map(({ name }) => name)].sort((a, b) => a.localeCompare(b)));
  });

  it('names a language without its version while no worker has reported one', () => {
    expect(judge0Languages(LANGUAGES, {}).find((language) => language.id === 71)?.name).toBe('Python');
  });

  it('serves only the languages this service has', () => {
    expect(judge0Languages(LANGUAGES.filter((language) => language.id === 'python'), VERSIONS).map(({ id }) => id)).toEqual([71]);
  });
});

describe('primaryJudge0Id', () => {
  it.each([
    ['python', 71],
    ['javascript', 63],
    ['java', 62],
    ['cpp', 54],
    ['brainfuck', null],
  ])('is %j for %s', (language, id) => {
    expect(primaryJudge0Id(LANGUAGES.find((definition) => definition.id === language))).toBe(id);
  });
});
