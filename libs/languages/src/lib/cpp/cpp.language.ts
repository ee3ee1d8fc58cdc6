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
});
