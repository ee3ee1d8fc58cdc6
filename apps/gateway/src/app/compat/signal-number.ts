import { constants } from 'node:os';

/** The number of a signal named as our results name it (SIGSEGV → 11); undefined for an unknown name. */
export function signalNumber(name: string): number | undefined {
  const numbered = /^SIG(\d+)$/.exec(name);
  if (numbered) return Number(numbered[1]);
  return (constants.signals as Record<string, number>)[name];
}
