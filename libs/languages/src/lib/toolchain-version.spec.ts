import { toolchainVersionFrom } from './toolchain-version';

describe('toolchainVersionFrom', () => {
  it('is the first non-empty line, stdout before stderr', () => {
    expect(toolchainVersionFrom('\n  Python 3.11.2  \nmore\n', 'ignored')).toBe('Python 3.11.2');
    expect(toolchainVersionFrom('', '\nScala code runner version 2.11.12\n')).toBe('Scala code runner version 2.11.12');
  });

  it('is "unknown" when nothing was printed', () => {
    expect(toolchainVersionFrom('', ' \n')).toBe('unknown');
  });
});
