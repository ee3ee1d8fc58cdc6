import { asRelativePath, defineLanguage } from '../language-definition';

export const vala = defineLanguage({
  id: 'vala',
  name: 'Vala',
  aliases: ['valac'],
  extensions: ['.vala'],
  defaultFileName: 'main.vala',
  versionCommand: ['valac', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 60 },
  compile: ({ files }) => ['valac', '-X', '-O2', '-o', 'main', ...files.map((file) => file.name).filter((name) => name.endsWith('.vala')).map(asRelativePath)],
  run: ({ args }) => ['./main', ...args],
  outOfMemoryPattern: /failed to allocate \d+ bytes/,
  // stdout.printf writes UTF-8 as it is; print () converts it to the locale's charset, which a program must set first.
  sample: 'void main () {\n    stdout.printf ("Hello, world!\\n");\n}\n',
  conformance: {
    echoStdin: 'void main () { stdout.printf ("got %s\\n", stdin.read_line ()); }',
    printArgs: 'int main (string[] args) { stdout.printf ("%s\\n", string.joinv ("|", args[1:args.length])); return 0; }',
    exitThree: 'int main () { stdout.printf ("bye\\n"); return 3; }',
    crash: 'void main () { assert_not_reached (); }',
    infiniteLoop: 'void main () { ulong n = 0; while (true) { n = (n + 1) % 1000; } }',
    memoryBomb: 'void main () { var chunks = new GLib.List<string> (); while (true) { chunks.prepend (string.nfill (16 * 1024 * 1024, \'x\')); } }',
    outputFlood: 'void main () { var s = string.nfill (1000, \'x\'); while (true) { stdout.printf ("%s\\n", s); } }',
    compileError: 'void main () { int x = "not a number"; }',
    multiFile: [
      { name: 'main.vala', content: 'void main () { stdout.printf ("sum %d\\n", add (2, 3)); }' },
      { name: 'helper.vala', content: 'int add (int a, int b) { return a + b; }' },
    ],
  },
});
