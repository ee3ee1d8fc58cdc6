import { javascript } from '../javascript/javascript.language';
import { defineLanguage } from '../language-definition';

export const coffeescript = defineLanguage({
  id: 'coffeescript',
  name: 'CoffeeScript',
  aliases: ['coffee'],
  extensions: ['.coffee'],
  defaultFileName: 'main.coffee',
  versionCommand: ['coffee', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  run: ({ files, args }) => ['coffee', files[0].name, ...args],
  outOfMemoryPattern: javascript.outOfMemoryPattern,
  sample: 'console.log "Hello, world!"\n',
  conformance: {
    echoStdin: 'line = require("fs").readFileSync(0, "utf8").split("\\n")[0]\nconsole.log "got " + line',
    printArgs: 'console.log process.argv[2..].join("|")',
    exitThree: 'console.log "bye"\nprocess.exit 3',
    crash: 'throw new Error "boom"',
    infiniteLoop: 'n = 0\nloop\n  n++',
    memoryBomb: 'chunks = []\nloop\n  chunks.push Buffer.alloc(16 * 1024 * 1024, 1)',
    outputFlood: 'fs = require "fs"\nline = "x".repeat(1000) + "\\n"\nloop\n  fs.writeSync 1, line',
    multiFile: [
      { name: 'main.coffee', content: '{ add } = require "./helper"\nconsole.log "sum", add(2, 3)' },
      { name: 'helper.coffee', content: 'exports.add = (a, b) -> a + b' },
    ],
  },
});
