import { defineLanguage } from '../language-definition';
import { python } from '../python/python.language';

/** PyPy runs the same programs as CPython, its JIT faster for loops (why judges offer it). */
export const pypy = defineLanguage({
  id: 'pypy',
  name: 'Python (PyPy)',
  aliases: ['pypy3'],
  extensions: ['.py'],
  defaultFileName: 'main.py',
  versionCommand: ['pypy3', '--version'],
  // The JIT and its GC need more than CPython's 128 MB to start with room to spare.
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 256, compileTimeoutS: 0 },
  // -u: unbuffered, so output written before a crash or a kill is not lost; -B: no .pyc files.
  run: ({ files, args }) => ['pypy3', '-u', '-B', files[0].name, ...args],
  checkSource: python.checkSource,
  outOfMemoryPattern: python.outOfMemoryPattern,
  sample: python.sample,
  conformance: python.conformance,
});
