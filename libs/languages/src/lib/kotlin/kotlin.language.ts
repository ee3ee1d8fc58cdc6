import { JVM_FLAGS } from '../java/java.language';
import { asRelativePath, defineLanguage } from '../language-definition';

/** The class Kotlin compiles a file's top-level functions into: main.kt holds MainKt. */
export function kotlinFileClass(fileName: string): string {
  const base = fileName.replace(/\.kts?$/, '').replace(/[^A-Za-z0-9_]/g, '_');
  return `${base.charAt(0).toUpperCase()}${base.slice(1)}Kt`;
}

export const kotlin = defineLanguage({
  id: 'kotlin',
  name: 'Kotlin',
  aliases: ['kt', 'kotlinc'],
  extensions: ['.kt'],
  defaultFileName: 'main.kt',
  // kotlinc -version reports "1.3-SNAPSHOT" on Debian; the package knows the release.
  versionCommand: ['dpkg-query', '-W', '-f=Kotlin ${Version}\\n', 'kotlin'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 256, compileTimeoutS: 60 },
  compile: ({ files }) => [
    'env',
    `JAVA_OPTS=${JVM_FLAGS.join(' ')}`,
    'kotlinc',
    '-d',
    '.',
    ...files.map((file) => file.name).filter((name) => name.endsWith('.kt')).map(asRelativePath),
  ],
  run: ({ files, args }) => ['java', ...JVM_FLAGS, '-cp', '.:/usr/share/java/kotlin-stdlib.jar', kotlinFileClass(files[0].name), ...args],
  outOfMemoryPattern: /java\.lang\.OutOfMemoryError/,
  sample: 'fun main() {\n    println("Hello, world!")\n}\n',
  conformance: {
    echoStdin: 'fun main() { println("got " + readLine()) }',
    printArgs: 'fun main(args: Array<String>) { println(args.joinToString("|")) }',
    exitThree: 'import kotlin.system.exitProcess\nfun main() { println("bye"); exitProcess(3) }',
    crash: 'fun main() { throw IllegalStateException("boom") }',
    infiniteLoop: 'fun main() { var n = 0L; while (true) n++ }',
    memoryBomb: 'fun main() { val chunks = ArrayList<LongArray>(); while (true) chunks.add(LongArray(2_000_000) { 1L }) }',
    outputFlood: 'fun main() { val s = "x".repeat(1000); while (true) println(s) }',
    compileError: 'fun main() { val x: Int = "not a number" }',
    multiFile: [
      { name: 'main.kt', content: 'fun main() { println("sum " + add(2, 3)) }' },
      { name: 'helper.kt', content: 'fun add(a: Int, b: Int): Int = a + b' },
    ],
  },
  judge0: { ids: [78], name: 'Kotlin' },
});
