import { asRelativePath, defineLanguage } from '../language-definition';

export const ocaml = defineLanguage({
  id: 'ocaml',
  name: 'OCaml',
  aliases: ['ml', 'ocamlopt'],
  extensions: ['.ml'],
  defaultFileName: 'main.ml',
  versionCommand: ['ocamlopt', '-version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 30 },
  // ocamlopt links in the order given: the other modules before the entry file that uses them.
  compile: ({ files }) => {
    const sources = files.map((file) => file.name).filter((name) => name.endsWith('.ml'));
    return ['ocamlopt', '-O2', '-o', 'main', ...[...sources.slice(1), sources[0]].map(asRelativePath)];
  },
  run: ({ args }) => ['./main', ...args],
  outOfMemoryPattern: /Out_of_memory/,
  sample: 'let () = print_endline "Hello, world!"\n',
  conformance: {
    echoStdin: 'let () = print_endline ("got " ^ read_line ())',
    printArgs: 'let () = print_endline (String.concat "|" (List.tl (Array.to_list Sys.argv)))',
    exitThree: 'let () = print_endline "bye"; exit 3',
    crash: 'let () = failwith "boom"',
    infiniteLoop: 'let rec loop n = loop (n + 1)\nlet () = loop 0',
    memoryBomb: "let () =\n  let chunks = ref [] in\n  while true do chunks := Bytes.make (16 * 1024 * 1024) 'x' :: !chunks done",
    outputFlood: "let () =\n  let s = String.make 1000 'x' in\n  while true do print_endline s done",
    compileError: 'let () = print_endline 42',
    multiFile: [
      { name: 'main.ml', content: 'let () = Printf.printf "sum %d\\n" (Helper.add 2 3)' },
      { name: 'helper.ml', content: 'let add a b = a + b' },
    ],
  },
  judge0: { ids: [65], name: 'OCaml' },
});
