import { defineLanguage } from '../language-definition';

export const awk = defineLanguage({
  id: 'awk',
  name: 'AWK (GNU Awk)',
  aliases: ['gawk'],
  extensions: ['.awk'],
  defaultFileName: 'main.awk',
  versionCommand: ['gawk', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  // As on a command line, the arguments are ARGV[1..]: files to read, unless the program uses them up in BEGIN.
  run: ({ files, args }) => ['gawk', '-f', files[0].name, '--', ...args],
  outOfMemoryPattern: /cannot allocate|out of memory/i,
  sample: 'BEGIN { print "Hello, world!" }\n',
  conformance: {
    echoStdin: '{ print "got " $0; exit }',
    printArgs: 'BEGIN { for (i = 1; i < ARGC; i++) printf "%s%s", (i > 1 ? "|" : ""), ARGV[i]; print ""; exit }',
    exitThree: 'BEGIN { print "bye"; exit 3 }',
    crash: 'BEGIN { zero = 0; print 1 / zero }',
    infiniteLoop: 'BEGIN { while (1) n++ }',
    memoryBomb: 'BEGIN { s = "xxxxxxxxxxxxxxxx"; while (1) s = s s }',
    outputFlood: 'BEGIN { s = sprintf("%1000s", ""); gsub(/ /, "x", s); while (1) print s }',
    multiFile: [
      { name: 'main.awk', content: '@include "helper.awk"\nBEGIN { print "sum " add(2, 3) }' },
      { name: 'helper.awk', content: 'function add(a, b) { return a + b }' },
    ],
  },
  piston: { language: 'awk', runtime: 'gawk' },
});
