import { asRelativePath, defineLanguage } from '../language-definition';

export const nim = defineLanguage({
  id: 'nim',
  name: 'Nim',
  aliases: [],
  extensions: ['.nim'],
  defaultFileName: 'main.nim',
  versionCommand: ['nim', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 60 },
  // The generated C goes to /tmp, so only the program is carried to the run; nim finds imported modules itself.
  compile: ({ files }) => ['nim', 'compile', '-d:release', '--hints:off', '--nimcache:/tmp/nimcache', '-o:main', asRelativePath(files[0].name)],
  run: ({ args }) => ['./main', ...args],
  outOfMemoryPattern: /out of memory/,
  sample: 'echo "Hello, world!"\n',
  conformance: {
    echoStdin: 'echo "got ", readLine(stdin)',
    printArgs: 'import os, strutils\necho commandLineParams().join("|")',
    exitThree: 'echo "bye"\nquit(3)',
    crash: 'raise newException(ValueError, "boom")',
    infiniteLoop: 'var n = 0\nwhile true:\n  n = (n + 1) mod 1000',
    memoryBomb: 'var chunks: seq[seq[byte]]\nwhile true:\n  var b = newSeq[byte](16 * 1024 * 1024)\n  for i in 0 ..< b.len: b[i] = 1\n  chunks.add b',
    outputFlood: 'import strutils\nlet s = "x".repeat(1000)\nwhile true: echo s',
    compileError: 'let x: int = "not a number"',
    multiFile: [
      { name: 'main.nim', content: 'import helper\necho "sum ", add(2, 3)' },
      { name: 'helper.nim', content: 'proc add*(a, b: int): int = a + b' },
    ],
  },
});
