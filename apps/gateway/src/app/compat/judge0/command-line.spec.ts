import { splitCommandLine } from './command-line';

describe('splitCommandLine', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['1 2 3', ['1', '2', '3']],
    ['  a\tb\n c ', ['a', 'b', 'c']],
    ["a 'b c' d", ['a', 'b c', 'd']],
    ['"x y" z', ['x y', 'z']],
    ['"say \\"hi\\"" \\\\', ['say "hi"', '\\']],
    ["it\\'s", ["it's"]],
    ['a\\ b', ['a b']],
    ["pre'fix 'post", ['prefix post']],
    ["''", ['']],
    ['"a\\nb"', ['a\\nb']],
    ['*.txt', ['*.txt']],
  ])('splits %j into %j as bash would', (commandLine, words) => {
    expect(splitCommandLine(commandLine)).toEqual(words);
  });

  it('removes $ & ; < > | and backquotes first, as Judge0 does', () => {
    expect(splitCommandLine('a; rm -rf / && echo $HOME | cat > x `id`')).toEqual(['a', 'rm', '-rf', '/', 'echo', 'HOME', 'cat', 'x', 'id']);
  });

  it.each(["'open", '"open', 'a "b'])('leaves %j unsplit: a quote is left open', (commandLine) => {
    expect(splitCommandLine(commandLine)).toBeUndefined();
  });
});
