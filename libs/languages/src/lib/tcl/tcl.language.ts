import { defineLanguage } from '../language-definition';

export const tcl = defineLanguage({
  id: 'tcl',
  name: 'Tcl',
  aliases: ['tclsh'],
  extensions: ['.tcl'],
  defaultFileName: 'main.tcl',
  // tclsh has no --version: it prints "Tcl 8.6.13" from a one-line script on stdin.
  versionCommand: ['sh', '-c', 'echo \'puts "Tcl [info patchlevel]"\' | tclsh'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  run: ({ files, args }) => ['tclsh', files[0].name, ...args],
  outOfMemoryPattern: /unable to (re)?alloc \d+ bytes/,
  sample: 'puts "Hello, world!"\n',
  conformance: {
    echoStdin: 'gets stdin line\nputs "got $line"',
    printArgs: 'puts [join $argv "|"]',
    exitThree: 'puts bye\nexit 3',
    crash: 'error boom',
    infiniteLoop: 'set n 0\nwhile 1 { incr n }',
    memoryBomb: 'set chunks {}\nwhile 1 { lappend chunks [string repeat x [expr {16 * 1024 * 1024 + [llength $chunks]}]] }',
    outputFlood: 'set s [string repeat x 1000]\nwhile 1 { puts $s }',
    multiFile: [
      { name: 'main.tcl', content: 'source helper.tcl\nputs "sum [add 2 3]"' },
      { name: 'helper.tcl', content: 'proc add {a b} { expr {$a + $b} }' },
    ],
  },
});
