import { java } from './java.language';

const JVM_FLAGS = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-XX:-UsePerfData', '-Xss8m'];

describe('java', () => {
  const files = [
    { name: 'Solution.java', content: 'public class Solution { public static void main(String[] a) {} }' },
    { name: 'Helper.java', content: 'public class Helper {}' },
    { name: 'input.txt', content: '1 2 3' },
  ];

  it('compiles every .java file, as ./name, with javac into the workspace, as UTF-8', () => {
    expect(java.compile?.({ files, args: ['x'] })).toEqual([
      'javac',
      ...JVM_FLAGS.map((flag) => `-J${flag}`),
      '-encoding',
      'UTF-8',
      '-d',
      '.',
      './Solution.java',
      './Helper.java',
    ]);
  });

  it('runs the class that declares main, with the program\'s arguments last', () => {
    expect(java.run({ files, args: ['--n', '3'] })).toEqual(['java', ...JVM_FLAGS, '-cp', '.', 'Solution', '--n', '3']);
  });

  it('runs a package-qualified main class by its full name', () => {
    const packaged = [{ name: 'App.java', content: 'package app;\npublic class App { public static void main(String[] a) {} }' }];
    expect(java.run({ files: packaged, args: [] }).slice(-1)).toEqual(['app.App']);
  });

  it('renames files after their public class before compiling', () => {
    expect(java.prepareFiles([{ name: 'Main.java', content: 'public class Solution {}' }])[0].name).toBe('Solution.java');
  });

  it('rejects source without a main method', () => {
    expect(java.checkSource([{ name: 'Main.java', content: 'public class Main {}' }]).errors).toEqual([
      'Java source needs a class with a "public static void main(String[] args)" method',
    ]);
  });

  it('accepts source with a main method', () => {
    expect(java.checkSource(files)).toEqual({ errors: [], warnings: [] });
  });

  it('recognizes the JVM\'s out-of-memory error', () => {
    expect(java.outOfMemoryPattern?.test('Exception in thread "main" java.lang.OutOfMemoryError: Java heap space')).toBe(true);
    expect(java.outOfMemoryPattern?.test('Exception in thread "main" java.lang.NullPointerException')).toBe(false);
  });
});
