import { signalNumber } from './signal-number';

describe('signalNumber', () => {
  it.each([
    ['SIGKILL', 9],
    ['SIGSEGV', 11],
    ['SIGABRT', 6],
    ['SIGFPE', 8],
    ['SIGXFSZ', 25],
    ['SIG42', 42],
  ])('numbers %s as %i', (name, number) => {
    expect(signalNumber(name)).toBe(number);
  });

  it('does not number an unknown name', () => {
    expect(signalNumber('SIGNOPE')).toBeUndefined();
  });
});
