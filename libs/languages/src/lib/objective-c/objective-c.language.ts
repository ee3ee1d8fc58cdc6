import { c } from '../c/c.language';
import { asRelativePath, defineLanguage } from '../language-definition';

export const objectiveC = defineLanguage({
  id: 'objective-c',
  name: 'Objective-C (gcc)',
  aliases: ['objc', 'objectivec'],
  extensions: ['.m', '.h'],
  defaultFileName: 'main.m',
  versionCommand: ['gcc', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 30 },
  compile: ({ files }) => [
    'gcc',
    '-O2',
    // gcc compiles Objective-C as C89 unless told otherwise.
    '-std=gnu17',
    '-o',
    'main',
    ...files.map((file) => file.name).filter((name) => name.endsWith('.m')).map(asRelativePath),
    '-lobjc',
  ],
  run: ({ args }) => ['./main', ...args],
  sample: [
    '#import <objc/Object.h>',
    '#import <stdio.h>',
    '',
    '@interface Greeter : Object',
    '+ (void)greet;',
    '@end',
    '',
    '@implementation Greeter',
    '+ (void)greet {',
    '    printf("Hello, world!\\n");',
    '}',
    '@end',
    '',
    'int main(void) {',
    '    [Greeter greet];',
    '    return 0;',
    '}',
    '',
  ].join('\n'),
  // C is Objective-C too: C's programs, but for the crash (an unknown message) and the files (a class).
  conformance: {
    ...c.conformance,
    crash: '#import <objc/Object.h>\nint main(void) { [Object noSuchMethod]; return 0; }',
    multiFile: [
      { name: 'main.m', content: '#import <stdio.h>\n#import "Helper.h"\nint main(void) { printf("sum %d\\n", [Helper add:2 to:3]); return 0; }' },
      { name: 'Helper.h', content: '#import <objc/Object.h>\n@interface Helper : Object\n+ (int)add:(int)a to:(int)b;\n@end' },
      { name: 'Helper.m', content: '#import "Helper.h"\n@implementation Helper\n+ (int)add:(int)a to:(int)b { return a + b; }\n@end' },
    ],
  },
  judge0: { ids: [79], name: 'Objective-C', toolchain: 'GCC ' },
});
