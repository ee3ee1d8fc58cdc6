import { python } from './python.language';

describe('python', () => {
  it('runs the entry file unbuffered and without .pyc files, with the program\'s arguments last', () => {
    const files = [{ name: 'main.py', content: 'print(1)' }, { name: 'util.py', content: '' }];
    expect(python.run({ files, args: ['a', 'b c'] })).toEqual(['python3', '-u', '-B', 'main.py', 'a', 'b c']);
  });

  it('has no compile stage', () => {
    expect(python.compile).toBeUndefined();
  });

  it.each(['os', 'subprocess', 'socket', 'ctypes', 'multiprocessing', 'shutil', 'pty'])('warns about "import %s"', (module) => {
    const { errors, warnings } = python.checkSource([{ name: 'main.py', content: `import ${module}\n` }]);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([`main.py:1: imports "${module}", which is restricted in the sandbox`]);
  });

  it('warns about "from x import y" and indented imports, naming file and line', () => {
    const files = [
      { name: 'main.py', content: 'import math\n\nfrom subprocess import run\n' },
      { name: 'util.py', content: 'def f():\n    import socket\n' },
    ];
    expect(python.checkSource(files).warnings).toEqual([
      'main.py:3: imports "subprocess", which is restricted in the sandbox',
      'util.py:2: imports "socket", which is restricted in the sandbox',
    ]);
  });

  it('warns about a submodule of a restricted module', () => {
    expect(python.checkSource([{ name: 'main.py', content: 'import os.path' }]).warnings).toHaveLength(1);
  });

  it('does not warn about modules whose names only start like a restricted one', () => {
    expect(python.checkSource([{ name: 'main.py', content: 'import osmnx\nimport sockets_helper\n' }]).warnings).toEqual([]);
  });

  it('does not warn about a restricted name that is not an import', () => {
    expect(python.checkSource([{ name: 'main.py', content: 'print("import os")\nos = 1\n' }]).warnings).toEqual([]);
  });

  it('recognizes MemoryError at the start of a line, as the traceback ends with it', () => {
    expect(python.outOfMemoryPattern?.test('Traceback (most recent call last):\n  File "main.py", line 1\nMemoryError\n')).toBe(true);
    expect(python.outOfMemoryPattern?.test('ValueError: not a MemoryError\n')).toBe(false);
  });
});

describe('python restricted-import warnings on lines importing several modules', () => {
  it('warns on every restricted module of "import sys, subprocess" and "import os.path as p"', () => {
    const { warnings } = python.checkSource([{ name: 'main.py', content: 'import sys, subprocess\nimport os.path as p\nfrom socket import socket' }]);
    expect(warnings).toEqual([
      'main.py:1: imports "subprocess", which is restricted in the sandbox',
      'main.py:2: imports "os", which is restricted in the sandbox',
      'main.py:3: imports "socket", which is restricted in the sandbox',
    ]);
  });
});
