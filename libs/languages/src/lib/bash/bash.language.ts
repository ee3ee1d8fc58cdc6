import { defineLanguage } from '../language-definition';

export const bash = defineLanguage({
  id: 'bash',
  name: 'Bash',
  aliases: ['sh', 'shell'],
  extensions: ['.sh', '.bash'],
  defaultFileName: 'main.sh',
  versionCommand: ['bash', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  run: ({ files, args }) => ['bash', files[0].name, ...args],
  outOfMemoryPattern: /xmalloc: .*cannot allocate/,
  sample: 'echo "Hello, world!"\n',
  conformance: {
    echoStdin: 'read -r line\necho "got $line"',
    printArgs: 'IFS="|"\necho "$*"',
    exitThree: 'echo bye\nexit 3',
    crash: 'set -e\nls /no/such/file',
    infiniteLoop: 'while :; do :; done',
    memoryBomb: 'x=xxxxxxxxxxxxxxxx\nwhile :; do x="$x$x"; done',
    outputFlood: 'line=$(printf "%01000d" 0)\nwhile :; do echo "$line"; done',
    multiFile: [
      { name: 'main.sh', content: 'source ./helper.sh\necho "sum $(add 2 3)"' },
      { name: 'helper.sh', content: 'add() { echo $(( $1 + $2 )); }' },
    ],
  },
  judge0: { ids: [46], name: 'Bash' },
});
