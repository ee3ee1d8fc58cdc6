import { semverOf } from './toolchain-semver';

describe('semverOf', () => {
  it.each([
    ['Python 3.11.2', '3.11.2'],
    ['v20.19.2', '20.19.2'],
    ['javac 17.0.16', '17.0.16'],
    ['g++ (Debian 12.2.0-14) 12.2.0', '12.2.0'],
    ['NASM version 2.16.01', '2.16.1'],
    ['Vala 0.56.3', '0.56.3'],
    ['Welcome to Racket v8.7 [cs].', '8.7.0'],
  ])('reads %j as %s', (toolchain, version) => {
    expect(semverOf(toolchain)).toBe(version);
  });

  it.each([undefined, 'unknown'])('has no version for %j', (toolchain) => {
    expect(semverOf(toolchain)).toBeUndefined();
  });
});
