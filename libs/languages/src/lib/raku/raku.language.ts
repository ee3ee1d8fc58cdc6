import { defineLanguage } from '../language-definition';

export const raku = defineLanguage({
  id: 'raku',
  name: 'Raku (Rakudo)',
  aliases: ['perl6', 'rakudo'],
  extensions: ['.raku', '.rakumod', '.p6'],
  defaultFileName: 'main.raku',
  versionCommand: ['raku', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 256, compileTimeoutS: 0 },
  run: ({ files, args }) => ['raku', files[0].name, ...args],
  outOfMemoryPattern: /Memory allocation failed/,
  sample: 'say "Hello, world!";\n',
  conformance: {
    echoStdin: 'say "got " ~ get;',
    printArgs: 'say @*ARGS.join("|");',
    exitThree: 'say "bye";\nexit 3;',
    crash: 'die "boom";',
    infiniteLoop: 'my $n = 0;\nloop { $n = ($n + 1) % 1000 }',
    memoryBomb: 'my @chunks;\nloop { @chunks.push: buf8.allocate(16 * 1024 * 1024, 1) }',
    outputFlood: 'my $s = "x" x 1000;\nloop { say $s }',
    multiFile: [
      { name: 'main.raku', content: 'use lib ".";\nuse Helper;\nsay "sum ", add(2, 3);' },
      { name: 'Helper.rakumod', content: 'unit module Helper;\nsub add($a, $b) is export { $a + $b }' },
    ],
  },
});
