import { asRelativePath, defineLanguage } from '../language-definition';
import { mainClassName, nameFilesAfterPublicClasses } from './java-source';

// Start-up flags: one GC thread and C1 only, because sandboxes get half a core
// and short programs; no perf data file, because /tmp is small.
export const JVM_FLAGS = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-XX:-UsePerfData', '-Xss8m'];

export const java = defineLanguage({
  id: 'java',
  name: 'Java (OpenJDK)',
  aliases: ['jdk', 'openjdk'],
  extensions: ['.java'],
  defaultFileName: 'Main.java',
  versionCommand: ['javac', '-version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 256, compileTimeoutS: 30 },
  prepareFiles: nameFilesAfterPublicClasses,
  compile: ({ files }) => [
    'javac',
    ...JVM_FLAGS.map((flag) => `-J${flag}`),
    '-encoding',
    'UTF-8',
    '-d',
    '.',
    ...files
      .map((file) => file.name)
      .filter((name) => name.endsWith('.java'))
      .map(asRelativePath),
  ],
  run: ({ files, args }) => ['java', ...JVM_FLAGS, '-cp', '.', mainClassName(files) ?? 'Main', ...args],
  checkSource: (files) => ({
    errors: mainClassName(files) ? [] : ['Java source needs a class with a "public static void main(String[] args)" method'],
    warnings: [],
  }),
  outOfMemoryPattern: /java\.lang\.OutOfMemoryError/,
  sample: ['public class Main {', '    public static void main(String[] args) {', '        System.out.println("Hello, world!");', '    }', '}', ''].join('\n'),
  conformance: {
    echoStdin:
      'import java.util.Scanner;\npublic class Main { public static void main(String[] args) { System.out.println("got " + new Scanner(System.in).nextLine()); } }',
    printArgs: 'public class Main { public static void main(String[] args) { System.out.println(String.join("|", args)); } }',
    exitThree: 'public class Main { public static void main(String[] args) { System.out.println("bye"); System.exit(3); } }',
    crash: 'public class Main { public static void main(String[] args) { throw new IllegalStateException("boom"); } }',
    infiniteLoop: 'public class Main { public static void main(String[] args) { while (true) { } } }',
    memoryBomb:
      'import java.util.*;\npublic class Main { public static void main(String[] args) { List<long[]> l = new ArrayList<>(); while (true) l.add(new long[2_000_000]); } }',
    outputFlood:
      'public class Main { public static void main(String[] args) { String s = "x".repeat(1000); while (true) System.out.println(s); } }',
    compileError: 'public class Main { public static void main(String[] args) { int x = "not a number"; } }',
    multiFile: [
      { name: 'Main.java', content: 'public class Main { public static void main(String[] args) { System.out.println("sum " + Helper.add(2, 3)); } }' },
      { name: 'Helper.java', content: 'public class Helper { static int add(int a, int b) { return a + b; } }' },
    ],
  },
  judge0: { ids: [62], name: 'Java', toolchain: 'OpenJDK ' },
});
