import { defineLanguage } from '../language-definition';

export const commonlisp = defineLanguage({
  id: 'commonlisp',
  name: 'Common Lisp (SBCL)',
  aliases: ['lisp', 'sbcl', 'common-lisp', 'cl'],
  extensions: ['.lisp', '.lsp', '.cl'],
  defaultFileName: 'main.lisp',
  versionCommand: ['sbcl', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  // --script: no init files, no debugger (an error ends the run), the arguments after the file in *posix-argv*.
  run: ({ files, args }) => ['sbcl', '--script', files[0].name, ...args],
  outOfMemoryPattern: /Heap exhausted/,
  sample: '(format t "Hello, world!~%")\n',
  conformance: {
    echoStdin: '(format t "got ~a~%" (read-line))',
    printArgs: '(format t "~{~a~^|~}~%" (rest sb-ext:*posix-argv*))',
    exitThree: '(format t "bye~%")\n(finish-output)\n(sb-ext:exit :code 3)',
    crash: '(error "boom")',
    infiniteLoop: '(loop for n = 0 then (mod (1+ n) 1000))',
    memoryBomb: "(defvar *chunks* nil)\n(loop (push (make-array (* 16 1024 1024) :element-type '(unsigned-byte 8) :initial-element 1) *chunks*))",
    outputFlood: '(let ((s (make-string 1000 :initial-element #\\x))) (loop (write-line s)))',
    multiFile: [
      { name: 'main.lisp', content: '(load "helper.lisp")\n(format t "sum ~a~%" (add 2 3))' },
      { name: 'helper.lisp', content: '(defun add (a b) (+ a b))' },
    ],
  },
  judge0: { ids: [55], name: 'Common Lisp', toolchain: 'SBCL ' },
  piston: { language: 'lisp' },
});
