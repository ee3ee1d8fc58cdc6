import { defineLanguage } from '../language-definition';

export const perl = defineLanguage({
  id: 'perl',
  name: 'Perl',
  aliases: ['pl', 'perl5'],
  extensions: ['.pl', '.pm'],
  defaultFileName: 'main.pl',
  // `perl --version` starts with a blank line and words; this prints "perl v5.36.0".
  versionCommand: ['perl', '-e', 'print "perl $^V\\n"'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  run: ({ files, args }) => ['perl', files[0].name, ...args],
  outOfMemoryPattern: /^Out of memory/m,
  sample: 'print "Hello, world!\\n";\n',
  conformance: {
    echoStdin: 'my $l = <STDIN>;\nchomp $l;\nprint "got $l\\n";',
    printArgs: 'print join("|", @ARGV), "\\n";',
    exitThree: 'print "bye\\n";\nexit 3;',
    crash: 'die "boom\\n";',
    infiniteLoop: 'my $n = 0;\n$n++ while 1;',
    memoryBomb: 'my @chunks;\npush @chunks, "x" x (16 * 1024 * 1024) while 1;',
    outputFlood: 'my $s = "x" x 1000;\nprint "$s\\n" while 1;',
    multiFile: [
      { name: 'main.pl', content: 'use lib ".";\nuse Helper;\nprint "sum ", Helper::add(2, 3), "\\n";' },
      { name: 'Helper.pm', content: 'package Helper;\nsub add { return $_[0] + $_[1]; }\n1;' },
    ],
  },
  judge0: { ids: [85], name: 'Perl' },
});
