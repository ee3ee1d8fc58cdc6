import { asRelativePath, defineLanguage } from '../language-definition';

export const c = defineLanguage({
  id: 'c',
  name: 'C (gcc)',
  aliases: ['gcc', 'c17'],
  extensions: ['.c', '.h'],
  // gcc is part of the C++ image: one toolchain, one image.
  dockerfile: 'cpp',
  defaultFileName: 'main.c',
  versionCommand: ['gcc', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 30 },
  compile: ({ files }) => [
    'gcc',
    '-O2',
    '-std=gnu17',
    '-pipe',
    '-o',
    'main',
    ...files.map((file) => file.name).filter((name) => name.endsWith('.c')).map(asRelativePath),
    '-lm',
  ],
  run: ({ args }) => ['./main', ...args],
  sample: '#include <stdio.h>\n\nint main(void) {\n    printf("Hello, world!\\n");\n    return 0;\n}\n',
  conformance: {
    echoStdin:
      '#include <stdio.h>\n#include <string.h>\nint main(void) { char l[256]; if (!fgets(l, sizeof l, stdin)) return 1; l[strcspn(l, "\\n")] = 0; printf("got %s\\n", l); return 0; }',
    printArgs: '#include <stdio.h>\nint main(int argc, char **argv) { for (int i = 1; i < argc; i++) printf("%s%s", i > 1 ? "|" : "", argv[i]); printf("\\n"); return 0; }',
    exitThree: '#include <stdio.h>\nint main(void) { puts("bye"); return 3; }',
    crash: '#include <signal.h>\nint main(void) { raise(SIGSEGV); return 0; }',
    infiniteLoop: 'int main(void) { volatile unsigned long n = 0; for (;;) n++; }',
    memoryBomb: '#include <stdlib.h>\n#include <string.h>\nint main(void) { for (;;) { char *p = malloc(16 << 20); if (p) memset(p, 1, 16 << 20); } }',
    outputFlood: '#include <stdio.h>\n#include <string.h>\nint main(void) { char s[1001]; memset(s, \'x\', 1000); s[1000] = 0; for (;;) puts(s); }',
    compileError: 'int main(void) { return undefined_name; }',
    multiFile: [
      { name: 'main.c', content: '#include <stdio.h>\n#include "helper.h"\nint main(void) { printf("sum %d\\n", add(2, 3)); return 0; }' },
      { name: 'helper.h', content: 'int add(int a, int b);' },
      { name: 'helper.c', content: '#include "helper.h"\nint add(int a, int b) { return a + b; }' },
    ],
  },
  judge0: { ids: [50, 48, 49], name: 'C', toolchain: 'GCC ' },
  piston: { language: 'c', runtime: 'gcc' },
});
