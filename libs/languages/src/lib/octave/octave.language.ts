import { defineLanguage } from '../language-definition';

export const octave = defineLanguage({
  id: 'octave',
  name: 'Octave',
  aliases: ['matlab'],
  extensions: ['.m'],
  defaultFileName: 'main.m',
  versionCommand: ['octave-cli', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 256, compileTimeoutS: 0 },
  // Function files (add.m) beside the script are found, as the workspace is the current folder.
  run: ({ files, args }) => ['octave-cli', '--quiet', '--no-init-file', '--no-history', files[0].name, ...args],
  outOfMemoryPattern: /out of memory or dimension too large/,
  sample: 'disp("Hello, world!")\n',
  conformance: {
    echoStdin: 'line = fgetl(stdin);\nprintf("got %s\\n", line);',
    printArgs: 'args = argv();\nprintf("%s\\n", strjoin(args\', "|"));',
    exitThree: 'printf("bye\\n");\nexit(3);',
    crash: 'error("boom");',
    infiniteLoop: 'n = 0;\nwhile true\n  n = mod(n + 1, 1000);\nend',
    memoryBomb: 'chunks = {};\nwhile true\n  chunks{end + 1} = ones(2e6, 1);\nend',
    outputFlood: 's = repmat("x", 1, 1000);\nwhile true\n  printf("%s\\n", s);\nend',
    multiFile: [
      { name: 'main.m', content: 'printf("sum %d\\n", add(2, 3));' },
      { name: 'add.m', content: 'function s = add(a, b)\n  s = a + b;\nend' },
    ],
  },
  judge0: { ids: [66], name: 'Octave' },
});
