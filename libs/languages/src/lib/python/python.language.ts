import { defineLanguage } from '../language-definition';
import { warnOnPythonImports } from '../source-scan';

/** Modules whose use is reported as a warning (the sandbox contains them anyway). */
const RESTRICTED_MODULES = ['os', 'subprocess', 'socket', 'ctypes', 'multiprocessing', 'shutil', 'pty'];

export const python = defineLanguage({
  id: 'python',
  name: 'Python',
  aliases: ['py', 'python3'],
  extensions: ['.py'],
  defaultFileName: 'main.py',
  versionCommand: ['python3', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  // -u: unbuffered, so output written before a crash or a kill is not lost; -B: no .pyc files.
  run: ({ files, args }) => ['python3', '-u', '-B', files[0].name, ...args],
  checkSource: (files) => ({ errors: [], warnings: warnOnPythonImports(files, RESTRICTED_MODULES) }),
  outOfMemoryPattern: /^MemoryError\b/m,
  sample: 'print("Hello, world!")\n',
  conformance: {
    echoStdin: 'print("got " + input())',
    printArgs: 'import sys\nprint("|".join(sys.argv[1:]))',
    exitThree: 'import sys\nprint("bye")\nsys.exit(3)',
    crash: 'raise ValueError("boom")',
    infiniteLoop: 'while True:\n    pass',
    memoryBomb: 'chunks = []\nwhile True:\n    chunks.append(bytearray(16 * 1024 * 1024))',
    outputFlood: 'while True:\n    print("x" * 1000)',
    multiFile: [
      { name: 'main.py', content: 'from helper import add\nprint("sum", add(2, 3))' },
      { name: 'helper.py', content: 'def add(a, b):\n    return a + b' },
    ],
  },
  // judge0-python looks ids up in its table for the version GET /about reports (src/judge0/data.py, "1.13.1": PYTHON 71).
  judge0: { ids: [71], name: 'Python' },
});
