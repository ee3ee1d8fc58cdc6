import { defineLanguage } from '../language-definition';

export const ruby = defineLanguage({
  id: 'ruby',
  name: 'Ruby',
  aliases: ['rb'],
  extensions: ['.rb'],
  defaultFileName: 'main.rb',
  versionCommand: ['ruby', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  run: ({ files, args }) => ['ruby', files[0].name, ...args],
  outOfMemoryPattern: /NoMemoryError|failed to allocate memory/,
  sample: 'puts "Hello, world!"\n',
  conformance: {
    echoStdin: 'puts "got #{$stdin.gets.chomp}"',
    printArgs: 'puts ARGV.join("|")',
    exitThree: 'puts "bye"\nexit 3',
    crash: 'raise "boom"',
    infiniteLoop: 'n = 0\nloop { n += 1 }',
    memoryBomb: 'chunks = []\nloop { chunks << "x" * (16 * 1024 * 1024) }',
    outputFlood: 's = "x" * 1000\nloop { puts s }',
    multiFile: [
      { name: 'main.rb', content: 'require_relative "helper"\nputs "sum #{add(2, 3)}"' },
      { name: 'helper.rb', content: 'def add(a, b) = a + b' },
    ],
  },
  judge0: { ids: [72], name: 'Ruby' },
});
