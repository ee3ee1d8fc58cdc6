import { defineLanguage } from '../language-definition';

export const scheme = defineLanguage({
  id: 'scheme',
  name: 'Scheme (GNU Guile)',
  aliases: ['guile', 'scm'],
  extensions: ['.scm', '.ss'],
  defaultFileName: 'main.scm',
  versionCommand: ['guile', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  // No auto-compilation: it would write a cache of every file run to the workspace.
  run: ({ files, args }) => ['guile', '--no-auto-compile', files[0].name, ...args],
  outOfMemoryPattern: /Out of memory|Too many heap sections/i,
  sample: '(display "Hello, world!")\n(newline)\n',
  conformance: {
    echoStdin: '(use-modules (ice-9 rdelim))\n(display (string-append "got " (read-line)))\n(newline)',
    printArgs: '(display (string-join (cdr (command-line)) "|"))\n(newline)',
    exitThree: '(display "bye")\n(newline)\n(exit 3)',
    crash: '(error "boom")',
    infiniteLoop: '(let loop ((n 0)) (loop (modulo (+ n 1) 1000)))',
    memoryBomb: '(use-modules (rnrs bytevectors))\n(let loop ((chunks \'())) (loop (cons (make-bytevector (* 16 1024 1024) 1) chunks)))',
    outputFlood: '(define s (make-string 1000 #\\x))\n(let loop () (display s) (newline) (loop))',
    multiFile: [
      { name: 'main.scm', content: '(load "helper.scm")\n(display "sum ")\n(display (add 2 3))\n(newline)' },
      { name: 'helper.scm', content: '(define (add a b) (+ a b))' },
    ],
  },
});
