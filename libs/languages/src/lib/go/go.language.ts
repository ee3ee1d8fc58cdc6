import { asRelativePath, defineLanguage } from '../language-definition';

export const go = defineLanguage({
  id: 'go',
  name: 'Go',
  aliases: ['golang'],
  extensions: ['.go'],
  defaultFileName: 'main.go',
  versionCommand: ['go', 'version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 30 },
  // No cgo (the image has no C toolchain for it); the build cache in /tmp, so it is not carried to the run.
  compile: ({ files }) => [
    'env',
    'CGO_ENABLED=0',
    'GOCACHE=/tmp/go-build',
    'GOFLAGS=-buildvcs=false',
    'go',
    'build',
    '-o',
    'main',
    ...files.map((file) => file.name).filter((name) => name.endsWith('.go')).map(asRelativePath),
  ],
  run: ({ args }) => ['./main', ...args],
  outOfMemoryPattern: /fatal error: runtime: out of memory/,
  sample: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("Hello, world!")\n}\n',
  conformance: {
    echoStdin:
      'package main\nimport ("bufio"; "fmt"; "os")\nfunc main() { s := bufio.NewScanner(os.Stdin); s.Scan(); fmt.Println("got " + s.Text()) }',
    printArgs: 'package main\nimport ("fmt"; "os"; "strings")\nfunc main() { fmt.Println(strings.Join(os.Args[1:], "|")) }',
    exitThree: 'package main\nimport ("fmt"; "os")\nfunc main() { fmt.Println("bye"); os.Exit(3) }',
    crash: 'package main\nfunc main() { panic("boom") }',
    infiniteLoop: 'package main\nfunc main() { n := 0; for { n++ } }',
    memoryBomb:
      'package main\nfunc main() { var chunks [][]byte; for { b := make([]byte, 16<<20); for i := range b { b[i] = 1 }; chunks = append(chunks, b) } }',
    outputFlood: 'package main\nimport ("fmt"; "strings")\nfunc main() { s := strings.Repeat("x", 1000); for { fmt.Println(s) } }',
    compileError: 'package main\nfunc main() { return undefinedName }',
    multiFile: [
      { name: 'main.go', content: 'package main\nimport "fmt"\nfunc main() { fmt.Println("sum", add(2, 3)) }' },
      { name: 'helper.go', content: 'package main\nfunc add(a, b int) int { return a + b }' },
    ],
  },
  judge0: { ids: [60, 95], name: 'Go' },
});
