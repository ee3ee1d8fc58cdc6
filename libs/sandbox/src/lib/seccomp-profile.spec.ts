import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveHostSeccompProfile, IO_URING_SYSCALLS, SeccompProfile, SeccompRule } from './seccomp-profile';

const dir = join(__dirname, '../../seccomp');
const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as SeccompProfile;
const dockerDefault = read('docker-default.json');
const host = read('host.json');

/** The rules of a profile that name this syscall with this action. */
const rulesFor = (profile: SeccompProfile, name: string, action: string): SeccompRule[] =>
  profile.syscalls.filter((rule) => rule.names.includes(name) && rule.action === action);

/** A rule that applies whatever the arguments, architecture or capabilities. */
const unconditional = (rule: SeccompRule) =>
  (rule.args ?? []).length === 0 && Object.keys(rule.includes ?? {}).length === 0 && Object.keys(rule.excludes ?? {}).length === 0;

describe('the host seccomp profile (libs/sandbox/seccomp/host.json)', () => {
  it('is what deriveHostSeccompProfile makes of docker-default.json (run `npm run seccomp` after changing either)', () => {
    expect(host).toEqual(deriveHostSeccompProfile(dockerDefault));
  });

  it('allows io_uring in no rule and refuses it with ENOSYS (38)', () => {
    for (const name of IO_URING_SYSCALLS) {
      expect(rulesFor(dockerDefault, name, 'SCMP_ACT_ALLOW')).not.toEqual([]); // what this derivation is for
      expect(rulesFor(host, name, 'SCMP_ACT_ALLOW')).toEqual([]);
      const refusals = rulesFor(host, name, 'SCMP_ACT_ERRNO');
      expect(refusals).toHaveLength(1);
      expect(refusals[0].errnoRet).toBe(38);
      expect(unconditional(refusals[0])).toBe(true);
    }
  });

  it.each(['clone', 'mount'])('allows %s whatever its arguments, for the agent\'s jail', (name) => {
    expect(rulesFor(host, name, 'SCMP_ACT_ALLOW').some(unconditional)).toBe(true);
  });

  it.each(['unshare', 'setns', 'umount2', 'umount', 'pivot_root', 'clone3', 'chroot'])('allows %s only where the default does', (name) => {
    expect(rulesFor(host, name, 'SCMP_ACT_ALLOW')).toEqual(rulesFor(dockerDefault, name, 'SCMP_ACT_ALLOW'));
    expect(rulesFor(host, name, 'SCMP_ACT_ALLOW').some(unconditional)).toBe(false);
  });

  it('keeps every rule of the default, in order, only without io_uring, and adds two rules after them', () => {
    const withoutIoUring = dockerDefault.syscalls.map((rule) => ({ ...rule, names: rule.names.filter((name) => !IO_URING_SYSCALLS.includes(name)) }));
    expect(host.syscalls.slice(0, -2)).toEqual(withoutIoUring);
    expect(host.syscalls).toHaveLength(dockerDefault.syscalls.length + 2);
  });

  it('is a profile Docker takes: refuse by default, an architecture map, every rule naming syscalls and an action', () => {
    expect(host.defaultAction).toBe('SCMP_ACT_ERRNO');
    expect(host.archMap).toEqual(dockerDefault.archMap);
    expect(host.archMap?.length).toBeGreaterThan(0);
    for (const rule of host.syscalls) {
      expect(rule.names.length).toBeGreaterThan(0);
      expect(rule.names.every((name) => /^[a-z0-9_]+$/.test(name))).toBe(true);
      expect(rule.action).toMatch(/^SCMP_ACT_(ALLOW|ERRNO|KILL|TRAP|TRACE|LOG|KILL_PROCESS|KILL_THREAD)$/);
    }
  });
});
