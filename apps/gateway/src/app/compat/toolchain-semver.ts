import { coerce } from 'semver';

/**
 * "Python 3.11.2", "v20.19.2", "g++ (Debian 12.2.0-14) 12.2.0" → 3.11.2, 20.19.2, 12.2.0; undefined when
 * there is none. Leading zeros go first ("NASM version 2.16.01" is 2.16.1): SemVer forbids them.
 */
export function semverOf(toolchainVersion: string | undefined): string | undefined {
  return coerce((toolchainVersion ?? '').replace(/\b0+(\d)/g, '$1'))?.version;
}
