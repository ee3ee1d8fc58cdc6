import { cLikeTokens } from '../source-scan';
import { asRelativePath, defineLanguage } from '../language-definition';

const SOURCE_EXTENSIONS = ['.cpp', '.cc', '.cxx'];

export const cpp = defineLanguage({
  id: 'cpp',
  name: 'C++ (g++)',
  aliases: ['c++', 'g++', 'cxx'],
  extensions: [...SOURCE_EXTENSIONS, '.h', '.hpp'],
  defaultFileName: 'main.cpp',
  versionCommand: ['g++', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 30 },
  compile: ({ files }) => [
    'g++',
    '-O2',
    '-std=c++20',
    '-pipe',
    // The image's precompiled bits/stdc++.h is used only with these flags: a mismatch is said, not silent.
    '-Winvalid-pch',
    '-o',
    'main',
    ...files
      .map((file) => file.name)
      .filter((name) => SOURCE_EXTENSIONS.some((ext) => name.endsWith(ext)))
      .map(asRelativePath),
  ],
  run: ({ args }) => ['./main', ...args],
  checkSource: (files) => {
    const hasMain = files.some((file) =>
      cLikeTokens(file.content).some((token, index, tokens) => token.text === 'main' && tokens[index + 1]?.text === '('),
    );
    return { errors: hasMain ? [] : ['C++ source needs a main() function'], warnings: [] };
  },
  outOfMemoryPattern: /std::bad_alloc/,
  sample: ['#include <iostream>', '', 'int main() {', '    std::cout << "Hello, world!" << std::endl;', '}', ''].join('\n'),
  conformance: {
    echoStdin: '#include <iostream>\n#include <string>\nint main() { std::string l; std::getline(std::cin, l); std::cout << "got " << l << "\\n"; }',
    printArgs:
      '#include <iostream>\nint main(int argc, char** argv) { for (int i = 1; i < argc; i++) std::cout << (i > 1 ? "|" : "") << argv[i]; std::cout << "\\n"; }',
    exitThree: '#include <cstdio>\nint main() { std::puts("bye"); return 3; }',
    crash: '#include <csignal>\nint main() { std::raise(SIGSEGV); }',
    infiniteLoop: 'int main() { volatile unsigned long n = 0; for (;;) n++; }',
    memoryBomb:
      '#include <cstdlib>\n#include <cstring>\nint main() { for (;;) { char* p = (char*)std::malloc(16 << 20); if (p) std::memset(p, 1, 16 << 20); } }',
    outputFlood: '#include <cstdio>\n#include <string>\nint main() { std::string s(1000, \'x\'); for (;;) std::puts(s.c_str()); }',
    compileError: 'int main() { return undefined_name; }',
    multiFile: [
      { name: 'main.cpp', content: '#include <iostream>\n#include "helper.h"\nint main() { std::cout << "sum " << add(2, 3) << "\\n"; }' },
      { name: 'helper.h', content: 'int add(int a, int b);' },
      { name: 'helper.cpp', content: '#include "helper.h"\nint add(int a, int b) { return a + b; }' },
    ],
  },
  // 54 is C++ (GCC 9.2.0), the id most clients send; 52 is judge0-python's CPP for Judge0 1.13.1.
  judge0: { ids: [54, 52], name: 'C++', toolchain: 'GCC ' },
  piston: { language: 'c++', runtime: 'gcc' },
});
