import { defineLanguage } from '../language-definition';

export const javascript = defineLanguage({
  id: 'javascript',
  name: 'JavaScript (Node.js)',
  aliases: ['js', 'node', 'nodejs'],
  extensions: ['.js', '.mjs', '.cjs'],
  defaultFileName: 'main.js',
  versionCommand: ['node', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  run: ({ files, args }) => ['node', files[0].name, ...args],
  outOfMemoryPattern: /JavaScript heap out of memory/,
  sample: 'console.log("Hello, world!");\n',
  conformance: {
    echoStdin: 'const line = require("fs").readFileSync(0, "utf8").split("\\n")[0];\nconsole.log("got " + line);',
    printArgs: 'console.log(process.argv.slice(2).join("|"));',
    exitThree: 'console.log("bye");\nprocess.exit(3);',
    crash: 'throw new Error("boom");',
    infiniteLoop: 'for (;;) {}',
    memoryBomb: 'const chunks = [];\nfor (;;) chunks.push(Buffer.alloc(16 * 1024 * 1024, 1));',
    outputFlood: 'const line = "x".repeat(1000) + "\\n";\nfor (;;) require("fs").writeSync(1, line);',
    multiFile: [
      { name: 'main.js', content: 'const { add } = require("./helper.js");\nconsole.log("sum", add(2, 3));' },
      { name: 'helper.js', content: 'exports.add = (a, b) => a + b;' },
    ],
  },
  judge0: { ids: [63], name: 'JavaScript', toolchain: 'Node.js ' },
  piston: { language: 'javascript', runtime: 'node' },
});
