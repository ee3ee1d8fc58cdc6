import { defineLanguage } from '../language-definition';

const HEADER = '-module(main).\n-export([main/1]).\n';

export const erlang = defineLanguage({
  id: 'erlang',
  name: 'Erlang (escript)',
  aliases: ['erl', 'escript'],
  extensions: ['.erl'],
  defaultFileName: 'main.erl',
  // `erl -version` names the emulator, not the release: this prints "Erlang/OTP 25.2.3".
  versionCommand: [
    'erl',
    '-noshell',
    '-eval',
    '{ok, V} = file:read_file(filename:join([code:root_dir(), "releases", erlang:system_info(otp_release), "OTP_VERSION"])), io:format("Erlang/OTP ~s", [V]), halt().',
  ],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  // escript runs the file's main/1 with the arguments as strings.
  run: ({ files, args }) => ['escript', files[0].name, ...args],
  outOfMemoryPattern: /Cannot allocate \d+ bytes of memory/,
  sample: `${HEADER}\nmain(_) ->\n    io:format("Hello, world!~n").\n`,
  conformance: {
    // Standard I/O is latin1 until set otherwise (Erlang/OTP 25).
    echoStdin: `${HEADER}main(_) ->\n    io:setopts([{encoding, unicode}]),\n    Line = string:trim(io:get_line(""), trailing, "\\n"),\n    io:format("got ~ts~n", [Line]).`,
    printArgs: `${HEADER}main(Args) ->\n    io:setopts([{encoding, unicode}]),\n    io:format("~ts~n", [lists:join("|", Args)]).`,
    exitThree: `${HEADER}main(_) ->\n    io:format("bye~n"),\n    halt(3).`,
    crash: `${HEADER}main(_) ->\n    erlang:error(boom).`,
    infiniteLoop: `${HEADER}main(_) -> loop(0).\nloop(N) -> loop((N + 1) rem 1000).`,
    memoryBomb: `${HEADER}main(_) -> grow([]).\ngrow(Chunks) -> grow([binary:copy(<<1>>, 16 * 1024 * 1024) | Chunks]).`,
    outputFlood: `${HEADER}main(_) -> loop(lists:duplicate(1000, $x)).\nloop(S) -> io:format("~s~n", [S]), loop(S).`,
  },
  judge0: { ids: [58], name: 'Erlang', toolchain: 'OTP ' },
});
