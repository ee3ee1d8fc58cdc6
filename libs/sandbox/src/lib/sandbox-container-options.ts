import { MAX_FILE_BYTES } from '@ghostide/contracts';
import type { ContainerCreateOptions } from 'dockerode';
import type { SandboxShape } from './sandbox-runner';

/** The sandbox's fixed limits, from configuration. */
export interface SandboxLimits {
  cpus: number;
  /** Processes and threads a program may have at once. */
  pidsLimit: number;
  tmpfsMb: number;
}

/** Label keys on every sandbox container: what it is and which worker owns it. */
export const SANDBOX_LABEL = 'ghostide.sandbox';
export const WORKER_LABEL = 'ghostide.worker';
export const POOL_LABEL = 'ghostide.pool';

/** uid:gid of the `sandbox` user of dockerfiles/sandbox-base.Dockerfile. */
const SANDBOX_USER = '10001:10001';
/** Open files of a program (RLIMIT_NOFILE); its largest file is the contracts' MAX_FILE_BYTES (Judge0's config reports it). */
const MAX_OPEN_FILES = 256;
/**
 * gVisor (ptrace platform) runs each program's task on host threads of its
 * own, beside the Sentry's threads, all in the container's pids cgroup: a
 * fork bomb that reaches the cgroup's limit kills the whole sandbox, not the
 * fork. So under runsc the program's count is RLIMIT_NPROC, which gVisor
 * enforces per sandbox, and the cgroup gets room for the host threads behind
 * it (measured: 64 guest processes need up to ~8 host ones each).
 */
const RUNSC_HOST_PIDS_PER_TASK = 8;
const RUNSC_SENTRY_PIDS = 64;

/**
 * Create options of one single-use sandbox: no network, no capabilities, no
 * new privileges, read-only root, a non-root user, and limits on memory (no
 * swap), CPU, processes, files and file size. The workspace tmpfs is the only
 * place a program can write and execute (compiled binaries live there); /tmp
 * is writable but noexec, /dev/shm writable and 16 MB.
 */
export function sandboxContainerOptions(
  { image, memoryMb, runtime }: SandboxShape,
  limits: SandboxLimits,
  labels: Record<string, string>,
): ContainerCreateOptions {
  const memoryBytes = memoryMb * 1024 * 1024;
  // Under runc RLIMIT_NPROC would count every sandbox's processes together (one uid on
  // the host), so there the pids cgroup alone limits a program's processes.
  const processLimits =
    runtime === 'runsc'
      ? { PidsLimit: limits.pidsLimit * RUNSC_HOST_PIDS_PER_TASK + RUNSC_SENTRY_PIDS, nproc: [{ Name: 'nproc', Soft: limits.pidsLimit, Hard: limits.pidsLimit }] }
      : { PidsLimit: limits.pidsLimit, nproc: [] };
  const tmpfs = `nosuid,nodev,uid=10001,gid=10001`;
  return {
    Image: image,
    User: SANDBOX_USER,
    WorkingDir: '/workspace',
    // The agent reads its one request from stdin; StdinOnce closes it when the host detaches.
    AttachStdin: true,
    AttachStdout: true,
    AttachStderr: true,
    OpenStdin: true,
    StdinOnce: true,
    Tty: false,
    NetworkDisabled: true,
    // Built from scratch: nothing of the worker's environment reaches the sandbox.
    Env: [],
    Labels: { [SANDBOX_LABEL]: 'true', ...labels },
    HostConfig: {
      NetworkMode: 'none',
      ReadonlyRootfs: true,
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges'],
      Memory: memoryBytes,
      MemorySwap: memoryBytes,
      NanoCpus: Math.round(limits.cpus * 1e9),
      PidsLimit: processLimits.PidsLimit,
      IpcMode: 'private',
      Ulimits: [
        { Name: 'nofile', Soft: MAX_OPEN_FILES, Hard: MAX_OPEN_FILES },
        { Name: 'fsize', Soft: MAX_FILE_BYTES, Hard: MAX_FILE_BYTES },
        { Name: 'core', Soft: 0, Hard: 0 },
        ...processLimits.nproc,
      ],
      Tmpfs: {
        '/workspace': `rw,exec,${tmpfs},mode=0700,size=${limits.tmpfsMb}m`,
        '/tmp': `rw,noexec,${tmpfs},mode=1777,size=16m`,
      },
      // /dev/shm is writable too (POSIX shared memory); Docker's 64 MB default is more than programs need.
      ShmSize: 16 * 1024 * 1024,
      Runtime: runtime,
      // The engine removes a container as soon as it ends, even when its worker died:
      // the agent exits after its one answer, or when the worker's attach connection drops.
      AutoRemove: true,
      // Output comes through the attached stream; a log driver would only copy it to disk.
      LogConfig: { Type: 'none', Config: {} },
    },
  };
}
