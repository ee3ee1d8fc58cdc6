import { fileNameProblem } from './file-name';

describe('fileNameProblem', () => {
  it.each(['main.py', 'Main.java', 'src/util.py', 'a/b/c/d.cpp', '.hidden.py', 'my file.js', 'x..y.py', 'é.py', 'a-b.cpp', 'src/-x.cpp', 'a@b.java'])(
    'accepts the plain relative path "%s"',
    (name) => {
      expect(fileNameProblem(name)).toBeUndefined();
    },
  );

  it.each([
    { name: '../x.py', problem: 'may not contain ".."' },
    { name: 'src/../../x.py', problem: 'may not contain ".."' },
    { name: '..', problem: 'may not contain ".."' },
    { name: '/etc/passwd', problem: 'must be a relative path, not an absolute one' },
    { name: 'a//b', problem: 'may not contain empty or "." path parts' },
    { name: 'src/', problem: 'may not contain empty or "." path parts' },
    { name: './a', problem: 'may not contain empty or "." path parts' },
    { name: 'a/./b', problem: 'may not contain empty or "." path parts' },
    { name: '..\\x.py', problem: 'may not contain backslashes or control characters' },
    { name: 'C:\\x.py', problem: 'may not contain backslashes or control characters' },
    { name: 'main.py\0.txt', problem: 'may not contain backslashes or control characters' },
    { name: 'main\n.py', problem: 'may not contain backslashes or control characters' },
    { name: 'main\x7f.py', problem: 'may not contain backslashes or control characters' },
    { name: '', problem: 'is empty' },
    { name: '-wrapper', problem: 'may not start with "-" or "@", which compilers read as options' },
    { name: '-o.cpp', problem: 'may not start with "-" or "@", which compilers read as options' },
    { name: '@opts.cc', problem: 'may not start with "-" or "@", which compilers read as options' },
  ])('rejects $name: it $problem', ({ name, problem }) => {
    expect(fileNameProblem(name)).toBe(problem);
  });

  it('accepts a name of 255 characters and rejects one of 256', () => {
    expect(fileNameProblem(`${'a'.repeat(252)}.py`)).toBeUndefined();
    expect(fileNameProblem(`${'a'.repeat(253)}.py`)).toBe('is longer than 255 characters');
  });
});
