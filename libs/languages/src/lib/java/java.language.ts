import { asRelativePath, defineLanguage } from '../language-definition';
import { mainClassName, nameFilesAfterPublicClasses } from './java-source';

// Start-up flags: one GC thread and C1 only, because sandboxes get half a core
// and short programs; no perf data file, because /tmp is small.
const JVM_FLAGS = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-XX:-UsePerfData', '-Xss8m'];

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
});
