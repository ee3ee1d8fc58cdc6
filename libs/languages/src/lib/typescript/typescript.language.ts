import { javascript } from '../javascript/javascript.language';
import { asRelativePath, defineLanguage } from '../language-definition';

export const typescript = defineLanguage({
  id: 'typescript',
  name: 'TypeScript (tsc, Node.js)',
  aliases: ['ts', 'tsc'],
  extensions: ['.ts'],
  defaultFileName: 'main.ts',
  versionCommand: ['tsc', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 30 },
  // Node's types come from Debian's node-typescript, outside any node_modules the compiler would search.
  compile: ({ files }) => [
    'tsc',
    '--outDir',
    '.',
    '--target',
    'es2022',
    '--module',
    'commonjs',
    '--esModuleInterop',
    '--types',
    'node',
    '--typeRoots',
    '/usr/share/nodejs/@types',
    ...files.map((file) => file.name).filter((name) => name.endsWith('.ts')).map(asRelativePath),
  ],
  run: ({ files, args }) => ['node', files[0].name.replace(/\.ts$/, '.js'), ...args],
  outOfMemoryPattern: javascript.outOfMemoryPattern,
  sample: 'const greeting: string = "Hello, world!";\nconsole.log(greeting);\n',
  conformance: {
    echoStdin: 'import { readFileSync } from "fs";\nconst line: string = readFileSync(0, "utf8").split("\\n")[0];\nconsole.log("got " + line);',
    printArgs: 'console.log(process.argv.slice(2).join("|"));',
    exitThree: 'console.log("bye");\nprocess.exit(3);',
    crash: 'throw new Error("boom");',
    infiniteLoop: 'for (;;) {}',
    memoryBomb: 'const chunks: Buffer[] = [];\nfor (;;) chunks.push(Buffer.alloc(16 * 1024 * 1024, 1));',
    outputFlood: 'import { writeSync } from "fs";\nconst line = "x".repeat(1000) + "\\n";\nfor (;;) writeSync(1, line);',
    compileError: 'const n: number = "not a number";\nconsole.log(n);',
    multiFile: [
      { name: 'main.ts', content: 'import { add } from "./helper";\nconsole.log("sum", add(2, 3));' },
      { name: 'helper.ts', content: 'export function add(a: number, b: number): number {\n  return a + b;\n}' },
    ],
  },
  judge0: { ids: [74, 94], name: 'TypeScript' },
});
