/** One rule of a Docker seccomp profile (the engine's JSON format; only the fields we read or write are named). */
export interface SeccompRule {
  names: string[];
  action: string;
  errnoRet?: number;
  args?: unknown[] | null;
  comment?: string;
  includes?: Record<string, unknown>;
  excludes?: Record<string, unknown>;
}

/** A Docker seccomp profile, as `--security-opt seccomp=<json>` takes it. */
export interface SeccompProfile {
  defaultAction: string;
  archMap?: unknown[];
  syscalls: SeccompRule[];
}

/** io_uring bypasses seccomp for the operations it queues; Docker 20.10's default still allows it. */
export const IO_URING_SYSCALLS = ['io_uring_setup', 'io_uring_enter', 'io_uring_register'];
/**
 * What the agent's jail needs beyond Docker's default: clone with CLONE_NEW* flags (the default
 * allows clone only without them, and only CAP_SYS_ADMIN lifts that) and mount (the jail's tmpfs
 * and /proc). Not unshare, setns, umount2 or pivot_root: the agent does not call them.
 */
export const JAIL_SYSCALLS = ['clone', 'mount'];
/** ENOSYS: programs (glibc, liburing users) take it as "not available here" and fall back. */
const ENOSYS = 38;

/**
 * The host containers' seccomp profile, derived from the engine's default:
 * io_uring refused with ENOSYS, clone and mount allowed for the agent's jail.
 * Everything else is the default's, rule for rule. Pure: `npm run seccomp`
 * writes its result to libs/sandbox/seccomp/host.json.
 */
export function deriveHostSeccompProfile(dockerDefault: SeccompProfile): SeccompProfile {
  const syscalls = dockerDefault.syscalls
    .map((rule) => (rule.action === 'SCMP_ACT_ALLOW' ? { ...rule, names: rule.names.filter((name) => !IO_URING_SYSCALLS.includes(name)) } : rule))
    .filter((rule) => rule.names.length > 0);
  return {
    ...dockerDefault,
    syscalls: [
      ...syscalls,
      {
        names: IO_URING_SYSCALLS,
        action: 'SCMP_ACT_ERRNO',
        errnoRet: ENOSYS,
        args: [],
        comment: 'ghostide: io_uring runs queued operations outside seccomp; ENOSYS so programs fall back',
        includes: {},
        excludes: {},
      },
      {
        names: JAIL_SYSCALLS,
        action: 'SCMP_ACT_ALLOW',
        args: [],
        comment: "ghostide: the agent's per-run jail (clone with CLONE_NEW* flags, its tmpfs and /proc mounts); the stage filter refuses both to programs",
        includes: {},
        excludes: {},
      },
    ],
  };
}
