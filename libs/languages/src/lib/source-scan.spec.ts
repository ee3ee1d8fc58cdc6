import fc from 'fast-check';
import { MAX_SOURCE_BYTES } from '@ghostide/contracts';
import { cLikeTokens, STRING_TOKEN, warnOnPythonImports } from './source-scan';

const texts = (source: string) => cLikeTokens(source).map((token) => token.text);

describe('cLikeTokens', () => {
  it('splits words and punctuation, dropping white space', () => {
    expect(texts('int main ( ) {\n\treturn 0;}')).toEqual(['int', 'main', '(', ')', '{', 'return', '0', ';', '}']);
  });

  it('drops line and block comments', () => {
    expect(texts('a // b c\nd /* e\nf */ g')).toEqual(['a', 'd', 'g']);
  });

  it('turns each string and character literal, escapes included, into one token', () => {
    expect(texts('s = "a \\" /* b"; c = \'\\\'\';')).toEqual(['s', '=', STRING_TOKEN, ';', 'c', '=', STRING_TOKEN, ';']);
  });

  it('reads an unclosed block comment to the end of the source, as a compiler does', () => {
    expect(texts('int x; /* int main() {}')).toEqual(['int', 'x', ';']);
  });

  it('ends an unclosed literal at the end of its line', () => {
    expect(texts('"abc\nint main')).toEqual([STRING_TOKEN, 'int', 'main']);
  });

  it('gives each token its offset in the source', () => {
    expect(cLikeTokens('ab /* c */ d').map((token) => token.index)).toEqual([0, 11]);
  });

  it('on random and adversarial sources of the maximum size, yields tokens in order that are the source text at their offset', () => {
    const adversarial = ['/*x', '"', "'", '//', '/*', '\\', '\n', 'static '].map((unit) =>
      fc.constant(unit.repeat(Math.floor(MAX_SOURCE_BYTES / unit.length))),
    );
    const random = fc.string({ unit: fc.constantFrom('/', '*', '"', "'", '\\', '\n', ' ', 'a', '{', '}'), minLength: MAX_SOURCE_BYTES, maxLength: MAX_SOURCE_BYTES });
    fc.assert(
      fc.property(fc.oneof(...adversarial, random), (source) => {
        const tokens = cLikeTokens(source);
        return tokens.every(
          (token, index) =>
            (index === 0 || token.index > tokens[index - 1].index) &&
            (token.text === STRING_TOKEN || source.startsWith(token.text, token.index)),
        );
      }),
      { numRuns: 30 },
    );
  });
});

describe('warnOnPythonImports', () => {
  const warn = (content: string) => warnOnPythonImports([{ name: 'main.py', content }], ['os', 'subprocess']);

  it('reads every statement of a line separated by ";"', () => {
    expect(warn('import sys; import os')).toEqual(['main.py:1: imports "os", which is restricted in the sandbox']);
  });

  it('ignores a trailing comment and "from . import x"', () => {
    expect(warn('import sys  # os\nfrom . import os')).toEqual([]);
  });
});
