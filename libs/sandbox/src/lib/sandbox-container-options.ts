import type { SandboxIsolation } from '@ghostide/config';
import { MAX_FILE_BYTES } from '@ghostide/contracts';
import type { ContainerCreateOptions } from 'dockerode';
// Imported, not read at run time: webpack bundles it into the worker.
import hostSeccompProfile from '../../seccomp/host.json';
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
/** A host's processes besides the program's: the agent and the jail's init. */
const HOST_AGENT_PIDS = 4;
/** The host profile (libs/sandbox/seccomp/README.md), serialised once. */
const HOST_SECCOMP = `seccomp=${JSON.stringify(hostSeccompProfile)}`;

/**
 * Create options of one sandbox container: no network, no capabilities, no
 * new privileges, read-only root, a non-root user, and limits on memory (no
 * swap), CPU, processes, files and file size.
 *
 * - host (SANDBOX_ISOLATION=host): a long-lived host whose agent runs every
 *   stage in a jail of its own making (namespaces, tmpfs /workspace, /tmp,
 *   /dev/shm, a fresh /proc, re-masked). So: the project's seccomp profile
 *   (clone with namespace flags and mount allowed, io_uring refused), no
 *   masked or read-only /proc paths (they forbid mounting a fresh /proc; the
 *   agent masks them again inside each jail) and no tmpfs of Docker's.
 * - container: single-use; the agent runs one job with `--single-job
 *   --no-jail` under Docker's default seccomp profile and masks. The
 *   workspace tmpfs is the only place a program can write and execute
 *   (compiled binaries live there); /tmp is writable but noexec.
 */
export function sandboxContainerOptions(
  isolation: SandboxIsolation,
  { image, memoryMb, runtime }: SandboxShape,
  limits: SandboxLimits,
  labels: Record<string, string>,
): ContainerCreateOptions {
  const memoryBytes = memoryMb * 1024 * 1024;
  const pidsLimit = isolation === 'host' ? limits.pidsLimit + HOST_AGENT_PIDS : limits.pidsLimit;
  // Under runc RLIMIT_NPROC would count every sandbox's processes together (one uid on
  // the host), so there the pids cgroup alone limits a program's processes.
  const processLimits =
    runtime === 'runsc'
      ? { PidsLimit: pidsLimit * RUNSC_HOST_PIDS_PER_TASK + RUNSC_SENTRY_PIDS, nproc: [{ Name: 'nproc', Soft: pidsLimit, Hard: pidsLimit }] }
      : { PidsLimit: pidsLimit, nproc: [] };
  const tmpfs = `nosuid,nodev,uid=10001,gid=10001`;
  const isolationOptions =
    isolation === 'host'
      ? { SecurityOpt: ['no-new-privileges', HOST_SECCOMP], MaskedPaths: [], ReadonlyPaths: [] }
      : {
          SecurityOpt: ['no-new-privileges'],
          Tmpfs: {
            '/workspace': `rw,exec,${tmpfs},mode=0700,size=${limits.tmpfsMb}m`,
            '/tmp': `rw,noexec,${tmpfs},mode=1777,size=16m`,
          },
        };
  return {
    Image: image,
    // The image's entrypoint is the agent; host mode is its default, the jail's workspace its tmpfs.
    Cmd: isolation === 'container' ? ['--single-job', '--no-jail'] : ['--workspace-mb', String(limits.tmpfsMb)],
    User: SANDBOX_USER,
    WorkingDir: '/workspace',
    // The agent reads its jobs from stdin; StdinOnce closes it when the worker detaches, and the agent exits.
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
      ...isolationOptions,
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
      // /dev/shm is writable too (POSIX shared memory); Docker's 64 MB default is more than programs need.
      ShmSize: 16 * 1024 * 1024,
      Runtime: runtime,
      // The engine removes a container as soon as it ends, even when its worker died:
      // the agent exits after its job (single job), or when the worker's attach connection drops.
      AutoRemove: true,
      // Output comes through the attached stream; a log driver would only copy it to disk.
      LogConfig: { Type: 'none', Config: {} },
    },
  };
}
