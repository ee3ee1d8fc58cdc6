import { asRelativePath, defineLanguage } from '../language-definition';

export const d = defineLanguage({
  id: 'd',
  name: 'D (gdc)',
  aliases: ['dlang', 'gdc'],
  extensions: ['.d'],
  defaultFileName: 'main.d',
  versionCommand: ['gdc', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 30 },
  compile: ({ files }) => ['gdc', '-O2', '-o', 'main', ...files.map((file) => file.name).filter((name) => name.endsWith('.d')).map(asRelativePath)],
  run: ({ args }) => ['./main', ...args],
  outOfMemoryPattern: /OutOfMemoryError/,
  sample: 'import std.stdio;\n\nvoid main() {\n    writeln("Hello, world!");\n}\n',
  conformance: {
    echoStdin: 'import std.stdio, std.string;\nvoid main() { writeln("got ", readln().chomp); }',
    printArgs: 'import std.stdio, std.array;\nvoid main(string[] args) { writeln(args[1 .. $].join("|")); }',
    exitThree: 'import std.stdio;\nint main() { writeln("bye"); return 3; }',
    crash: 'void main() { throw new Exception("boom"); }',
    infiniteLoop: 'void main() { ulong n; while (true) n++; }',
    memoryBomb: 'void main() { ubyte[][] chunks; while (true) { auto b = new ubyte[16 << 20]; b[] = 1; chunks ~= b; } }',
    outputFlood: 'import std.stdio, std.array;\nvoid main() { auto s = "x".replicate(1000); while (true) writeln(s); }',
    compileError: 'void main() { int x = "not a number"; }',
    multiFile: [
      { name: 'main.d', content: 'import std.stdio;\nimport helper;\nvoid main() { writeln("sum ", add(2, 3)); }' },
      { name: 'helper.d', content: 'module helper;\nint add(int a, int b) { return a + b; }' },
    ],
  },
  judge0: { ids: [56], name: 'D', toolchain: 'GDC ' },
  piston: { language: 'd', runtime: 'gcc' },
});
