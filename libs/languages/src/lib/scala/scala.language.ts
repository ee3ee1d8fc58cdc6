import { SourceFile } from '@ghostide/contracts';
import { JVM_FLAGS } from '../java/java.language';
import { asRelativePath, defineLanguage } from '../language-definition';

/** The object that has the program's main method (`def main` or `extends App`), looked for in the entry file first. */
export function scalaMainObject(files: SourceFile[]): string | undefined {
  for (const file of files) {
    if (!/\bdef\s+main\s*\(|\bextends\s+App\b/.test(file.content)) continue;
    const match = /\bobject\s+([A-Za-z_$][\w$]*)/.exec(file.content);
    if (match) return match[1];
  }
  return undefined;
}

const JAVA_OPTS = `JAVA_OPTS=${JVM_FLAGS.join(' ')}`;

export const scala = defineLanguage({
  id: 'scala',
  name: 'Scala',
  aliases: ['scalac'],
  extensions: ['.scala'],
  defaultFileName: 'main.scala',
  versionCommand: ['env', JAVA_OPTS, 'scala', '-version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 256, compileTimeoutS: 60 },
  compile: ({ files }) => ['env', JAVA_OPTS, 'scalac', '-d', '.', ...files.map((file) => file.name).filter((name) => name.endsWith('.scala')).map(asRelativePath)],
  run: ({ files, args }) => ['env', JAVA_OPTS, 'scala', '-cp', '.', scalaMainObject(files) ?? 'Main', ...args],
  checkSource: (files) => ({
    errors: scalaMainObject(files) ? [] : ['Scala source needs an object with a "def main(args: Array[String])" method or one that extends App'],
    warnings: [],
  }),
  outOfMemoryPattern: /java\.lang\.OutOfMemoryError/,
  sample: 'object Main {\n  def main(args: Array[String]): Unit = {\n    println("Hello, world!")\n  }\n}\n',
  conformance: {
    echoStdin: 'object Main { def main(args: Array[String]): Unit = println("got " + scala.io.StdIn.readLine()) }',
    printArgs: 'object Main { def main(args: Array[String]): Unit = println(args.mkString("|")) }',
    exitThree: 'object Main { def main(args: Array[String]): Unit = { println("bye"); sys.exit(3) } }',
    crash: 'object Main { def main(args: Array[String]): Unit = throw new IllegalStateException("boom") }',
    infiniteLoop: 'object Main { def main(args: Array[String]): Unit = { var n = 0L; while (true) n += 1 } }',
    memoryBomb:
      'object Main { def main(args: Array[String]): Unit = { val chunks = scala.collection.mutable.ArrayBuffer[Array[Long]](); while (true) chunks += Array.fill(2000000)(1L) } }',
    outputFlood: 'object Main { def main(args: Array[String]): Unit = { val s = "x" * 1000; while (true) println(s) } }',
    compileError: 'object Main { def main(args: Array[String]): Unit = { val x: Int = "not a number" } }',
    multiFile: [
      { name: 'main.scala', content: 'object Main { def main(args: Array[String]): Unit = println("sum " + Helper.add(2, 3)) }' },
      { name: 'helper.scala', content: 'object Helper { def add(a: Int, b: Int): Int = a + b }' },
    ],
  },
  judge0: { ids: [81], name: 'Scala' },
});
