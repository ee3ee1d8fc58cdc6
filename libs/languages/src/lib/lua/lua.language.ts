import { defineLanguage } from '../language-definition';

export const lua = defineLanguage({
  id: 'lua',
  name: 'Lua',
  aliases: ['lua5.4'],
  extensions: ['.lua'],
  defaultFileName: 'main.lua',
  versionCommand: ['lua5.4', '-v'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  run: ({ files, args }) => ['lua5.4', files[0].name, ...args],
  outOfMemoryPattern: /not enough memory/,
  sample: 'print("Hello, world!")\n',
  conformance: {
    echoStdin: 'print("got " .. io.read("l"))',
    printArgs: 'print(table.concat(arg, "|"))',
    exitThree: 'print("bye")\nos.exit(3)',
    crash: 'error("boom")',
    infiniteLoop: 'local n = 0\nwhile true do n = n + 1 end',
    memoryBomb: 'local chunks = {}\nwhile true do chunks[#chunks + 1] = string.rep("x", 16 * 1024 * 1024 - #chunks) end',
    outputFlood: 'local s = string.rep("x", 1000)\nwhile true do print(s) end',
    multiFile: [
      { name: 'main.lua', content: 'local helper = require("helper")\nprint("sum " .. helper.add(2, 3))' },
      { name: 'helper.lua', content: 'return { add = function(a, b) return a + b end }' },
    ],
  },
  judge0: { ids: [64], name: 'Lua' },
});
