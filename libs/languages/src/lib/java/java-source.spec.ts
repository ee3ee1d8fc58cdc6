import { mainClassName, nameFilesAfterPublicClasses, publicTypeName } from './java-source';

const file = (name: string, content: string) => ({ name, content });

describe('publicTypeName', () => {
  it.each([
    ['public class Solution {}', 'Solution'],
    ['public final class Solution {}', 'Solution'],
    ['public abstract class Shape {}', 'Shape'],
    ['public interface Greeter {}', 'Greeter'],
    ['public enum Color { RED }', 'Color'],
    ['public record Point(int x, int y) {}', 'Point'],
    ['import java.util.*;\n\npublic   class\n  Spaced {}', 'Spaced'],
  ])('finds the public type in %j', (source, name) => {
    expect(publicTypeName(source)).toBe(name);
  });

  it('finds nothing when no type is public', () => {
    expect(publicTypeName('class Main { public static void main(String[] a) {} }')).toBeUndefined();
  });

  it('ignores a public class in a line comment', () => {
    expect(publicTypeName('// public class Commented {}\nclass Main {}')).toBeUndefined();
  });

  it('ignores a public class in a block comment', () => {
    expect(publicTypeName('/*\n public class Commented {}\n*/\npublic class Real {}')).toBe('Real');
  });

  it('ignores a public class in a string', () => {
    expect(publicTypeName('class Main { String s = "public class Quoted {}"; }')).toBeUndefined();
  });
});

describe('mainClassName', () => {
  it('finds Main', () => {
    expect(mainClassName([file('Main.java', 'public class Main { public static void main(String[] args) {} }')])).toBe('Main');
  });

  it('finds no main after an unclosed /*, which comments out the rest of the file', () => {
    expect(mainClassName([file('Main.java', 'class A {}\n/* class Main { public static void main(String[] a) {} }')])).toBeUndefined();
  });

  it('finds the package after comments and blank lines, and only a complete declaration', () => {
    const source = '// header\n\n  package a.b ;\nclass A { static void main(String[] x) {} }';
    expect(mainClassName([file('A.java', source)])).toBe('a.b.A');
    expect(mainClassName([file('A.java', 'package a.b\nclass A { static void main(String[] x) {} }')])).toBe('A');
  });

  it('finds a class with another name than Main', () => {
    expect(mainClassName([file('Main.java', 'public class Solution {\n  public static void main(String[] args) {}\n}')])).toBe('Solution');
  });

  it('qualifies the class with its package', () => {
    const source = 'package com.example.app;\n\npublic class App {\n  public static void main(String... args) {}\n}\n';
    expect(mainClassName([file('App.java', source)])).toBe('com.example.app.App');
  });

  it('finds main declared final, with modifiers in another order and no public', () => {
    expect(mainClassName([file('A.java', 'class A { static public final void main(String[] a) {} }')])).toBe('A');
  });

  it('takes the class that holds main, not a helper class declared before it in the same file', () => {
    const source = 'class Helper { int twice(int x) { return 2 * x; } }\n\npublic class Main {\n  public static void main(String[] a) {}\n}';
    expect(mainClassName([file('Main.java', source)])).toBe('Main');
  });

  it('takes the class that holds main, not a nested class declared above main', () => {
    const source = [
      'public class Main {',
      '  static class Pair { int a, b; }',
      '  record Point(int x, int y) { Point { if (x < 0) throw new IllegalArgumentException(); } }',
      '  public static void main(String[] args) {',
      '    System.out.println(new Pair().a);',
      '  }',
      '}',
    ].join('\n');
    expect(mainClassName([file('Main.java', source)])).toBe('Main');
  });

  it('names main in a nested class as the launcher expects, Outer$Inner', () => {
    const source = 'public class Outer {\n  static class Inner {\n    public static void main(String[] a) {}\n  }\n}';
    expect(mainClassName([file('Outer.java', source)])).toBe('Outer$Inner');
  });

  it('looks through the files in order and takes the first main', () => {
    const files = [
      file('Helper.java', 'public class Helper { static int one() { return 1; } }'),
      file('Runner.java', 'public class Runner { public static void main(String[] a) {} }'),
      file('Other.java', 'public class Other { public static void main(String[] a) {} }'),
    ];
    expect(mainClassName(files)).toBe('Runner');
  });

  it('ignores main in comments and strings', () => {
    const source = [
      '// class Fake { static void main(String[] a) {} }',
      '/* class Fake2 { public static void main(String[] a) {} } */',
      'public class Main {',
      '  String s = "class Quoted { static void main(";',
      '  char brace = \'{\';',
      '  public static void main(String[] a) {}',
      '}',
    ].join('\n');
    expect(mainClassName([file('Main.java', source)])).toBe('Main');
  });

  it('finds nothing when only comments and strings mention main', () => {
    const source = '// public static void main(String[] a)\npublic class Lib { String s = "static void main("; }';
    expect(mainClassName([file('Lib.java', source)])).toBeUndefined();
  });

  it('finds nothing without a main method', () => {
    expect(mainClassName([file('Main.java', 'public class Main { void run() {} }')])).toBeUndefined();
  });
});

describe('nameFilesAfterPublicClasses', () => {
  it('renames a file after its public class', () => {
    expect(nameFilesAfterPublicClasses([file('Main.java', 'public class Solution {}')])).toEqual([file('Solution.java', 'public class Solution {}')]);
  });

  it('keeps the folder of the file', () => {
    expect(nameFilesAfterPublicClasses([file('com/example/Main.java', 'public class App {}')])[0].name).toBe('com/example/App.java');
  });

  it('keeps files without a public class as they are', () => {
    const files = [file('Helpers.java', 'class Helper {}'), file('Main.java', 'public class Main {}')];
    expect(nameFilesAfterPublicClasses(files)).toEqual(files);
  });

  it('ignores a public class named in a comment', () => {
    expect(nameFilesAfterPublicClasses([file('Main.java', '// public class Old\nclass Main {}')])[0].name).toBe('Main.java');
  });

  it('does not change the files it was given', () => {
    const files = [file('Main.java', 'public class Solution {}')];
    nameFilesAfterPublicClasses(files);
    expect(files[0].name).toBe('Main.java');
  });
});
