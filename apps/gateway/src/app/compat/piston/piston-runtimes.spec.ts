import { LanguageRegistry } from '@ghostide/languages';
import { findPistonRuntime, pistonRuntimes } from './piston-runtimes';

const LANGUAGES = new LanguageRegistry().languages;
const VERSIONS = {
  python: 'Python 3.11.2',
  javascript: 'v20.19.2',
  java: 'javac 17.0.16',
  cpp: 'g++ (Debian 12.2.0-14) 12.2.0',
};

describe('pistonRuntimes', () => {
  const runtimes = pistonRuntimes(LANGUAGES, VERSIONS).map((runtime) => runtime.info);

  it('lists every language under its Piston name with the SemVer of its toolchain', () => {
    expect(runtimes).toHaveLength(LANGUAGES.length);
    expect(runtimes).toEqual(expect.arrayContaining([
      { language: 'python', version: '3.11.2', aliases: ['py', 'python3'] },
      { language: 'javascript', version: '20.19.2', aliases: ['js', 'node', 'nodejs'], runtime: 'node' },
      { language: 'java', version: '17.0.16', aliases: ['jdk', 'openjdk'] },
      { language: 'c++', version: '12.2.0', aliases: ['cpp', 'g++', 'cxx'], runtime: 'gcc' },
    ]));
  });

  it('lists a language no worker has reported yet as version 0.0.0', () => {
    expect(pistonRuntimes(LANGUAGES, {})[0].info).toEqual({ language: 'python', version: '0.0.0', aliases: ['py', 'python3'] });
  });
});

describe('findPistonRuntime', () => {
  const runtimes = pistonRuntimes(LANGUAGES, VERSIONS);
  const found = (language: string, version: string) => findPistonRuntime(runtimes, language, version)?.definition.id;

  it.each([
    ['python', '*', 'python'],
    ['python', '3.11.2', 'python'],
    ['python', '3.x', 'python'],
    ['python', '3', 'python'],
    ['py', '>=3.10', 'python'],
    ['c++', '12.2.0', 'cpp'],
    ['cpp', '*', 'cpp'],
    ['JS', '20.x', 'javascript'],
  ])('finds %s %s', (language, version, id) => {
    expect(found(language, version)).toBe(id);
  });

  it.each([
    ['python', '3.10.0'],
    ['python', '2.x'],
    ['python', 'latest'],
    ['brainfuck', '*'],
    ['c--', '*'],
  ])('finds no runtime for %s %s', (language, version) => {
    expect(found(language, version)).toBeUndefined();
  });

  it('matches any version while no worker has reported one: the run then waits for a worker or gets 503', () => {
    expect(findPistonRuntime(pistonRuntimes(LANGUAGES, {}), 'python', '3.10.0')?.definition.id).toBe('python');
  });
});
