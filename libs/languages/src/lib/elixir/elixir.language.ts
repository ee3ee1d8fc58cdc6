import { defineLanguage } from '../language-definition';

export const elixir = defineLanguage({
  id: 'elixir',
  name: 'Elixir',
  aliases: ['ex', 'exs'],
  extensions: ['.exs', '.ex'],
  defaultFileName: 'main.exs',
  // `elixir --version` starts with the Erlang/OTP line.
  versionCommand: ['elixir', '-e', 'IO.puts("Elixir " <> System.version())'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  run: ({ files, args }) => ['elixir', files[0].name, ...args],
  outOfMemoryPattern: /Cannot allocate \d+ bytes of memory/,
  sample: 'IO.puts("Hello, world!")\n',
  conformance: {
    echoStdin: 'IO.puts("got " <> String.trim_trailing(IO.gets(""), "\\n"))',
    printArgs: 'IO.puts(Enum.join(System.argv(), "|"))',
    exitThree: 'IO.puts("bye")\nSystem.halt(3)',
    crash: 'raise "boom"',
    infiniteLoop: 'defmodule Spin do\n  def loop(n), do: loop(rem(n + 1, 1000))\nend\n\nSpin.loop(0)',
    memoryBomb: 'Stream.iterate(0, &(&1 + 1)) |> Enum.map(fn _ -> :binary.copy(<<1>>, 1_000_000) end)',
    outputFlood: 's = String.duplicate("x", 1000)\nStream.repeatedly(fn -> IO.puts(s) end) |> Stream.run()',
    multiFile: [
      { name: 'main.exs', content: 'Code.require_file("helper.exs", __DIR__)\nIO.puts("sum #{Helper.add(2, 3)}")' },
      { name: 'helper.exs', content: 'defmodule Helper do\n  def add(a, b), do: a + b\nend' },
    ],
  },
  judge0: { ids: [57], name: 'Elixir' },
});
