import { parseArgs, toExecutionRequest } from './run-request';

describe('parseArgs', () => {
  it('reads no arguments from an empty box', () => {
    expect(parseArgs('')).toEqual([]);
  });

  it('reads one argument per line, keeping spaces and quotes', () => {
    expect(parseArgs('one\ntwo words\n"three"')).toEqual(['one', 'two words', '"three"']);
  });

  it('ignores the final newline but keeps empty lines in between as empty arguments', () => {
    expect(parseArgs('a\n\nb\n')).toEqual(['a', '', 'b']);
  });

  it('accepts Windows line ends', () => {
    expect(parseArgs('a\r\nb\r\n')).toEqual(['a', 'b']);
  });
});

describe('toExecutionRequest', () => {
  it('sends only language and code when stdin and args are empty', () => {
    expect(toExecutionRequest({ language: 'python', code: 'print(1)', stdin: '', args: '' })).toEqual({ language: 'python', code: 'print(1)' });
  });

  it('sends stdin as typed and args one per line', () => {
    expect(toExecutionRequest({ language: 'cpp', code: 'x', stdin: 'ghost\n', args: 'one\ntwo words\n' })).toEqual({
      language: 'cpp',
      code: 'x',
      stdin: 'ghost\n',
      args: ['one', 'two words'],
    });
  });
});
