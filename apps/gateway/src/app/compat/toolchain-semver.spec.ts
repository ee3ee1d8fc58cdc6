import { semverOf } from './toolchain-semver';

describe('semverOf', () => {
  it.each([
    ['Python 3.11.2', '3.11.2'],
    ['v20.19.2', '20.19.2'],
    ['javac 17.0.16', '17.0.16'],
    ['g++ (Debian 12.2.0-14) 12.2.0', '12.2.0'],
  ])('reads %j as %s', (toolchain, version) => {
    expect(semverOf(toolchain)).toBe(version);
  });

  it.each([undefined, 'unknown'])('has no version for %j', (toolchain) => {
    expect(semverOf(toolchain)).toBeUndefined();
  });
});
