import { asRelativePath, defineLanguage } from '../language-definition';

export const csharp = defineLanguage({
  id: 'csharp',
  name: 'C# (Mono)',
  aliases: ['c#', 'cs', 'mono'],
  extensions: ['.cs'],
  defaultFileName: 'Main.cs',
  versionCommand: ['mcs', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 30 },
  compile: ({ files }) => ['mcs', '-optimize+', '-out:main.exe', ...files.map((file) => file.name).filter((name) => name.endsWith('.cs')).map(asRelativePath)],
  run: ({ args }) => ['mono', 'main.exe', ...args],
  outOfMemoryPattern: /OutOfMemoryException/,
  sample: 'using System;\n\npublic class Program {\n    public static void Main() {\n        Console.WriteLine("Hello, world!");\n    }\n}\n',
  conformance: {
    echoStdin: 'using System;\npublic class Program { public static void Main() { Console.WriteLine("got " + Console.ReadLine()); } }',
    printArgs: 'using System;\npublic class Program { public static void Main(string[] args) { Console.WriteLine(string.Join("|", args)); } }',
    exitThree: 'using System;\npublic class Program { public static int Main() { Console.WriteLine("bye"); return 3; } }',
    crash: 'using System;\npublic class Program { public static void Main() { throw new InvalidOperationException("boom"); } }',
    infiniteLoop: 'public class Program { public static void Main() { long n = 0; while (true) n++; } }',
    memoryBomb:
      'using System.Collections.Generic;\npublic class Program { public static void Main() { var chunks = new List<byte[]>(); while (true) { var b = new byte[16 << 20]; for (int i = 0; i < b.Length; i += 4096) b[i] = 1; chunks.Add(b); } } }',
    outputFlood: 'using System;\npublic class Program { public static void Main() { var s = new string(\'x\', 1000); while (true) Console.WriteLine(s); } }',
    compileError: 'public class Program { public static void Main() { int x = "not a number"; } }',
    multiFile: [
      { name: 'Main.cs', content: 'using System;\npublic class Program { public static void Main() { Console.WriteLine("sum " + Helper.Add(2, 3)); } }' },
      { name: 'Helper.cs', content: 'public static class Helper { public static int Add(int a, int b) { return a + b; } }' },
    ],
  },
  judge0: { ids: [51], name: 'C#', toolchain: 'Mono ' },
  piston: { language: 'csharp', runtime: 'mono' },
});
