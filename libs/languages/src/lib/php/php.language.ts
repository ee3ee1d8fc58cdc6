import { defineLanguage } from '../language-definition';

export const php = defineLanguage({
  id: 'php',
  name: 'PHP',
  aliases: [],
  extensions: ['.php'],
  defaultFileName: 'main.php',
  versionCommand: ['php', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  // No memory_limit of PHP's own: the sandbox's limit is the one that counts.
  run: ({ files, args }) => ['php', '-d', 'memory_limit=-1', files[0].name, ...args],
  outOfMemoryPattern: /Allowed memory size of \d+ bytes exhausted|Out of memory/,
  sample: '<?php\necho "Hello, world!\\n";\n',
  conformance: {
    echoStdin: '<?php\n$line = rtrim(fgets(STDIN), "\\n");\necho "got $line\\n";',
    printArgs: '<?php\necho implode("|", array_slice($argv, 1)), "\\n";',
    exitThree: '<?php\necho "bye\\n";\nexit(3);',
    crash: '<?php\nthrow new Exception("boom");',
    infiniteLoop: '<?php\n$n = 0;\nwhile (true) { $n++; }',
    memoryBomb: '<?php\n$chunks = [];\nwhile (true) { $chunks[] = str_repeat("x", 16 * 1024 * 1024); }',
    outputFlood: '<?php\n$s = str_repeat("x", 1000);\nwhile (true) { echo $s, "\\n"; }',
    multiFile: [
      { name: 'main.php', content: '<?php\nrequire "helper.php";\necho "sum ", add(2, 3), "\\n";' },
      { name: 'helper.php', content: '<?php\nfunction add($a, $b) { return $a + $b; }' },
    ],
  },
  judge0: { ids: [68], name: 'PHP' },
});
