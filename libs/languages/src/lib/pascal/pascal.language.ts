import { asRelativePath, defineLanguage } from '../language-definition';

export const pascal = defineLanguage({
  id: 'pascal',
  name: 'Pascal (Free Pascal)',
  aliases: ['fpc', 'freepascal', 'delphi'],
  extensions: ['.pas', '.pp'],
  defaultFileName: 'main.pas',
  // Prints the bare version, "3.2.2".
  versionCommand: ['fpc', '-iV'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 30 },
  // fpc compiles the units the entry file `uses`; -v0 keeps its banner out of compile_output, errors stay.
  compile: ({ files }) => ['fpc', '-O2', '-v0', '-omain', asRelativePath(files[0].name)],
  run: ({ args }) => ['./main', ...args],
  outOfMemoryPattern: /Runtime error 203/,
  sample: "program Main;\nbegin\n  WriteLn('Hello, world!');\nend.\n",
  conformance: {
    echoStdin: "program Main;\n{$H+}\nvar l: string;\nbegin\n  ReadLn(l);\n  WriteLn('got ', l);\nend.",
    printArgs: "program Main;\nvar i: integer;\nbegin\n  for i := 1 to ParamCount do\n  begin\n    if i > 1 then Write('|');\n    Write(ParamStr(i));\n  end;\n  WriteLn;\nend.",
    exitThree: "program Main;\nbegin\n  WriteLn('bye');\n  Halt(3);\nend.",
    crash: 'program Main;\nvar a, b: integer;\nbegin\n  a := 1;\n  b := 0;\n  WriteLn(a div b);\nend.',
    infiniteLoop: 'program Main;\nvar n: longint;\nbegin\n  n := 0;\n  while true do n := (n + 1) mod 1000;\nend.',
    memoryBomb: 'program Main;\nvar p: pointer;\nbegin\n  while true do\n  begin\n    GetMem(p, 16 * 1024 * 1024);\n    FillChar(p^, 16 * 1024 * 1024, 1);\n  end;\nend.',
    outputFlood: "program Main;\n{$H+}\nvar s: string;\nbegin\n  s := StringOfChar('x', 1000);\n  while true do WriteLn(s);\nend.",
    compileError: 'program Main;\nbegin\n  x := 1;\nend.',
    multiFile: [
      { name: 'main.pas', content: "program Main;\nuses helper;\nbegin\n  WriteLn('sum ', Add(2, 3));\nend." },
      { name: 'helper.pas', content: 'unit helper;\ninterface\nfunction Add(a, b: integer): integer;\nimplementation\nfunction Add(a, b: integer): integer;\nbegin\n  Add := a + b;\nend;\nend.' },
    ],
  },
  judge0: { ids: [67], name: 'Pascal', toolchain: 'FPC ' },
});
