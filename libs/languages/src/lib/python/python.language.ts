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
});
