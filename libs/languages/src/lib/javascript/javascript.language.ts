import { defineLanguage } from '../language-definition';

export const javascript = defineLanguage({
  id: 'javascript',
  name: 'JavaScript (Node.js)',
  aliases: ['js', 'node', 'nodejs'],
  extensions: ['.js', '.mjs', '.cjs'],
  defaultFileName: 'main.js',
  versionCommand: ['node', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  run: ({ files, args }) => ['node', files[0].name, ...args],
  outOfMemoryPattern: /JavaScript heap out of memory/,
});
