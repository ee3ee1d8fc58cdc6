/** The version a language reports: the first non-empty line its versionCommand printed (stdout, then stderr). */
export function toolchainVersionFrom(stdout: string, stderr: string): string {
  return `${stdout}\n${stderr}`.split('\n').map((line) => line.trim()).find((line) => line.length > 0) ?? 'unknown';
}
