import { JVM_FLAGS } from '../java/java.language';
import { defineLanguage } from '../language-definition';

const JAVA_OPTS = `JAVA_OPTS=${JVM_FLAGS.join(' ')}`;

export const groovy = defineLanguage({
  id: 'groovy',
  name: 'Groovy',
  aliases: [],
  extensions: ['.groovy'],
  defaultFileName: 'main.groovy',
  versionCommand: ['env', JAVA_OPTS, 'groovy', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 256, compileTimeoutS: 0 },
  // groovy compiles the script, and the classes it uses from the same folder, as it runs.
  run: ({ files, args }) => ['env', JAVA_OPTS, 'groovy', files[0].name, ...args],
  outOfMemoryPattern: /java\.lang\.OutOfMemoryError/,
  sample: 'println "Hello, world!"\n',
  conformance: {
    echoStdin: 'println "got " + System.in.newReader("UTF-8").readLine()',
    printArgs: 'println args.join("|")',
    exitThree: 'println "bye"\nSystem.exit(3)',
    crash: 'throw new IllegalStateException("boom")',
    infiniteLoop: 'long n = 0\nwhile (true) n++',
    memoryBomb: 'def chunks = []\nwhile (true) { long[] c = new long[2000000]; java.util.Arrays.fill(c, 1L); chunks << c }',
    outputFlood: 'def s = "x" * 1000\nwhile (true) println s',
    multiFile: [
      { name: 'main.groovy', content: 'println "sum " + Helper.add(2, 3)' },
      { name: 'Helper.groovy', content: 'class Helper { static int add(int a, int b) { a + b } }' },
    ],
  },
  judge0: { ids: [88], name: 'Groovy' },
});
