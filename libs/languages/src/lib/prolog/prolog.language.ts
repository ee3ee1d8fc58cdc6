import { defineLanguage } from '../language-definition';

const MAIN = ':- initialization(main, main).\n';

export const prolog = defineLanguage({
  id: 'prolog',
  name: 'Prolog (SWI-Prolog)',
  aliases: ['swipl', 'swi-prolog'],
  extensions: ['.pl', '.pro'],
  defaultFileName: 'main.pl',
  versionCommand: ['swipl', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  // A program that declares `:- initialization(main, main).` runs main and halts; the argv flag holds the arguments.
  run: ({ files, args }) => ['swipl', files[0].name, ...args],
  outOfMemoryPattern: /Stack limit \([^)]*\) exceeded|Out of global stack/,
  sample: `${MAIN}\nmain :- writeln('Hello, world!').\n`,
  conformance: {
    echoStdin: `${MAIN}main :- read_line_to_string(user_input, Line), format("got ~w~n", [Line]).`,
    printArgs: `${MAIN}main :- current_prolog_flag(argv, Args), atomic_list_concat(Args, '|', Line), writeln(Line).`,
    exitThree: `${MAIN}main :- writeln(bye), halt(3).`,
    crash: `${MAIN}main :- X is 1 / 0, writeln(X).`,
    infiniteLoop: `${MAIN}main :- repeat, fail.`,
    memoryBomb: `${MAIN}main :- grow([]).\ngrow(Items) :- length(Chunk, 100000), grow([Chunk | Items]).`,
    outputFlood: `${MAIN}main :- length(Codes, 1000), maplist(=(0'x), Codes), atom_codes(Line, Codes), repeat, writeln(Line), fail.`,
    multiFile: [
      { name: 'main.pl', content: `${MAIN}:- consult(helper).\nmain :- add(2, 3, Sum), format("sum ~w~n", [Sum]).` },
      { name: 'helper.pl', content: 'add(A, B, Sum) :- Sum is A + B.' },
    ],
  },
  judge0: { ids: [69], name: 'Prolog', toolchain: 'SWI-Prolog ' },
});
