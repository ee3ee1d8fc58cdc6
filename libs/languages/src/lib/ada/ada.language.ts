import { asRelativePath, defineLanguage } from '../language-definition';

export const ada = defineLanguage({
  id: 'ada',
  name: 'Ada (GNAT)',
  aliases: ['gnat'],
  extensions: ['.adb', '.ads'],
  defaultFileName: 'main.adb',
  versionCommand: ['gnatmake', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 30 },
  // gnatmake compiles the units the entry file's `with` clauses name.
  compile: ({ files }) => ['gnatmake', '-q', '-O2', asRelativePath(files[0].name), '-o', 'main'],
  run: ({ args }) => ['./main', ...args],
  outOfMemoryPattern: /STORAGE_ERROR/,
  sample: 'with Ada.Text_IO;\n\nprocedure Main is\nbegin\n   Ada.Text_IO.Put_Line ("Hello, world!");\nend Main;\n',
  conformance: {
    echoStdin: 'with Ada.Text_IO; use Ada.Text_IO;\nprocedure Main is\nbegin\n   Put_Line ("got " & Get_Line);\nend Main;',
    printArgs: [
      'with Ada.Text_IO; use Ada.Text_IO;',
      'with Ada.Command_Line; use Ada.Command_Line;',
      'procedure Main is',
      'begin',
      '   for I in 1 .. Argument_Count loop',
      '      if I > 1 then',
      '         Put ("|");',
      '      end if;',
      '      Put (Argument (I));',
      '   end loop;',
      '   New_Line;',
      'end Main;',
    ].join('\n'),
    exitThree:
      'with Ada.Text_IO;\nwith Ada.Command_Line;\nprocedure Main is\nbegin\n   Ada.Text_IO.Put_Line ("bye");\n   Ada.Command_Line.Set_Exit_Status (3);\nend Main;',
    crash: 'procedure Main is\nbegin\n   raise Program_Error;\nend Main;',
    infiniteLoop: 'procedure Main is\n   N : Long_Long_Integer := 0;\n   pragma Volatile (N);\nbegin\n   loop\n      N := (N + 1) mod 1000;\n   end loop;\nend Main;',
    memoryBomb: [
      'procedure Main is',
      '   type Chunk is array (1 .. 16 * 1024 * 1024) of Character;',
      '   type Chunk_Access is access Chunk;',
      '   P : Chunk_Access;',
      'begin',
      '   loop',
      '      P := new Chunk;',
      '      for I in P\'Range loop',
      "         P (I) := 'x';",
      '      end loop;',
      '   end loop;',
      'end Main;',
    ].join('\n'),
    outputFlood:
      "with Ada.Text_IO; use Ada.Text_IO;\nprocedure Main is\n   S : constant String (1 .. 1000) := (others => 'x');\nbegin\n   loop\n      Put_Line (S);\n   end loop;\nend Main;",
    compileError: 'procedure Main is\nbegin\n   X := 1;\nend Main;',
    multiFile: [
      {
        name: 'main.adb',
        content: 'with Ada.Text_IO;\nwith Helper;\nprocedure Main is\nbegin\n   Ada.Text_IO.Put_Line ("sum" & Integer\'Image (Helper.Add (2, 3)));\nend Main;',
      },
      { name: 'helper.ads', content: 'package Helper is\n   function Add (A, B : Integer) return Integer;\nend Helper;' },
      {
        name: 'helper.adb',
        content: 'package body Helper is\n   function Add (A, B : Integer) return Integer is\n   begin\n      return A + B;\n   end Add;\nend Helper;',
      },
    ],
  },
});
