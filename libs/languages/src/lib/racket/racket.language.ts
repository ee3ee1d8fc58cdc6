import { defineLanguage } from '../language-definition';

export const racket = defineLanguage({
  id: 'racket',
  name: 'Racket',
  aliases: ['rkt'],
  extensions: ['.rkt'],
  defaultFileName: 'main.rkt',
  versionCommand: ['racket', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 256, compileTimeoutS: 0 },
  run: ({ files, args }) => ['racket', files[0].name, ...args],
  outOfMemoryPattern: /out of memory/,
  sample: '#lang racket/base\n\n(displayln "Hello, world!")\n',
  conformance: {
    echoStdin: '#lang racket/base\n(printf "got ~a\\n" (read-line))',
    printArgs: '#lang racket/base\n(require racket/string)\n(displayln (string-join (vector->list (current-command-line-arguments)) "|"))',
    exitThree: '#lang racket/base\n(displayln "bye")\n(exit 3)',
    crash: '#lang racket/base\n(error "boom")',
    infiniteLoop: '#lang racket/base\n(let loop ([n 0]) (loop (modulo (add1 n) 1000)))',
    memoryBomb: '#lang racket/base\n(let loop ([chunks \'()]) (loop (cons (make-bytes (* 16 1024 1024) 1) chunks)))',
    outputFlood: '#lang racket/base\n(define s (make-string 1000 #\\x))\n(let loop () (displayln s) (loop))',
    multiFile: [
      { name: 'main.rkt', content: '#lang racket/base\n(require "helper.rkt")\n(printf "sum ~a\\n" (add 2 3))' },
      { name: 'helper.rkt', content: '#lang racket/base\n(provide add)\n(define (add a b) (+ a b))' },
    ],
  },
});
