import { SANDBOX_LABEL, sandboxContainerOptions, SandboxLimits, WORKER_LABEL } from './sandbox-container-options';
import hostSeccompProfile from '../../seccomp/host.json';

const limits: SandboxLimits = { cpus: 0.5, pidsLimit: 64, tmpfsMb: 48 };
const labels = { [WORKER_LABEL]: 'worker-1', 'ghostide.execution': 'exec-1' };
const python = { image: 'ghostide-sandbox-python', memoryMb: 200, runtime: 'runc' as const };
const options = sandboxContainerOptions('container', python, limits, labels);
const host = options.HostConfig ?? {};
const gvisorHost = sandboxContainerOptions('container', { ...python, runtime: 'runsc' }, limits, labels).HostConfig ?? {};
const hostMode = sandboxContainerOptions('host', python, limits, labels);
const hostModeConfig = hostMode.HostConfig ?? {};

describe('sandboxContainerOptions, in both modes', () => {
  it.each([
    ['host', hostMode],
    ['container', options],
  ])('%s: no network, no capabilities, no new privileges, read-only root, uid 10001, memory without swap, CPU, limits, removed when it ends', (_, created) => {
    const config = created.HostConfig ?? {};
    expect(created).toMatchObject({ Image: 'ghostide-sandbox-python', User: '10001:10001', NetworkDisabled: true, Env: [] });
    expect(config).toMatchObject({
      NetworkMode: 'none',
      ReadonlyRootfs: true,
      CapDrop: ['ALL'],
      Memory: 200 * 1024 * 1024,
      MemorySwap: 200 * 1024 * 1024,
      NanoCpus: 500_000_000,
      IpcMode: 'private',
      AutoRemove: true,
      LogConfig: { Type: 'none', Config: {} },
    });
    expect(config.CapAdd).toBeUndefined();
    expect(config.Privileged).toBeFalsy();
    expect(config.SecurityOpt).toContain('no-new-privileges');
    expect(config.Ulimits?.map((ulimit) => ulimit.Name).sort()).toEqual(['core', 'fsize', 'nofile']);
    expect(config.Binds).toBeUndefined();
    expect(config.Mounts).toBeUndefined();
  });
});

describe('sandboxContainerOptions, host mode', () => {
  it("starts the image's agent in host mode (its default) with the jail's workspace size", () => {
    expect(hostMode.Cmd).toEqual(['--workspace-mb', '48']);
    expect(hostMode.Entrypoint).toBeUndefined();
  });

  it('applies the committed host seccomp profile, not the engine default', () => {
    const seccomp = (hostModeConfig.SecurityOpt ?? []).filter((option: string) => option.startsWith('seccomp='));
    expect(seccomp).toHaveLength(1);
    expect(JSON.parse(seccomp[0].slice('seccomp='.length))).toEqual(hostSeccompProfile);
  });

  it("masks no /proc paths, so the agent's jail can mount a fresh /proc (it masks them again inside)", () => {
    expect(hostModeConfig.MaskedPaths).toEqual([]);
    expect(hostModeConfig.ReadonlyPaths).toEqual([]);
  });

  it("mounts no tmpfs of Docker's: each jail mounts its own", () => {
    expect(hostModeConfig.Tmpfs).toBeUndefined();
  });

  it('leaves room in the pids cgroup for the agent and the jail init beside the program', () => {
    expect(hostModeConfig.PidsLimit).toBe(64 + 4);
  });
});

describe('sandboxContainerOptions, container mode', () => {
  it('runs the language image as the unprivileged sandbox user in /workspace', () => {
    expect(options.Image).toBe('ghostide-sandbox-python');
    expect(options.User).toBe('10001:10001');
    expect(options.WorkingDir).toBe('/workspace');
  });

  it('has no network', () => {
    expect(options.NetworkDisabled).toBe(true);
    expect(host.NetworkMode).toBe('none');
  });

  it('has a read-only root file system', () => {
    expect(host.ReadonlyRootfs).toBe(true);
  });

  it('drops every capability and forbids gaining privileges', () => {
    expect(host.CapDrop).toEqual(['ALL']);
    expect(host.CapAdd).toBeUndefined();
    expect(host.Privileged).toBeFalsy();
    expect(host.SecurityOpt).toContain('no-new-privileges');
  });

  it('limits memory to the requested MB, with memory+swap equal to memory so there is no swap', () => {
    expect(host.Memory).toBe(200 * 1024 * 1024);
    expect(host.MemorySwap).toBe(host.Memory);
  });

  it('starts the agent for one job, without a jail, under the engine default seccomp profile and masks', () => {
    expect(options.Cmd).toEqual(['--single-job', '--no-jail']);
    expect(host.SecurityOpt).toEqual(['no-new-privileges']);
    expect(host.MaskedPaths).toBeUndefined();
    expect(host.ReadonlyPaths).toBeUndefined();
  });

  it('limits processes and CPU as configured', () => {
    expect(host.PidsLimit).toBe(64);
    expect(host.NanoCpus).toBe(500_000_000);
  });

  it('uses the given container runtime', () => {
    expect(host.Runtime).toBe('runc');
    expect(gvisorHost.Runtime).toBe('runsc');
  });

  it('under runc sets no RLIMIT_NPROC, which would count all sandboxes of the one uid together', () => {
    expect(host.Ulimits?.map((ulimit) => ulimit.Name)).not.toContain('nproc');
  });

  it('under gVisor limits the program by RLIMIT_NPROC and leaves the pids cgroup room for the Sentry\'s host threads', () => {
    expect(gvisorHost.Ulimits).toContainEqual({ Name: 'nproc', Soft: 64, Hard: 64 });
    expect(gvisorHost.PidsLimit).toBe(64 * 8 + 64);
  });

  it('mounts the workspace as an executable tmpfs of the configured size, owned by the sandbox user, nosuid and nodev', () => {
    const workspace = (host.Tmpfs?.['/workspace'] ?? '').split(',');
    expect(workspace).toEqual(expect.arrayContaining(['rw', 'exec', 'nosuid', 'nodev', 'uid=10001', 'gid=10001', 'mode=0700', 'size=48m']));
    expect(workspace).not.toContain('noexec');
  });

  it('mounts /tmp writable but noexec, nosuid and nodev', () => {
    const tmp = (host.Tmpfs?.['/tmp'] ?? '').split(',');
    expect(tmp).toEqual(expect.arrayContaining(['rw', 'noexec', 'nosuid', 'nodev']));
    expect(tmp).not.toContain('exec');
  });

  it('mounts no other writable place', () => {
    expect(Object.keys(host.Tmpfs ?? {}).sort()).toEqual(['/tmp', '/workspace']);
    expect(host.Binds).toBeUndefined();
    expect(host.Mounts).toBeUndefined();
  });

  it('bounds open files and file size, and writes no core dumps', () => {
    expect(host.Ulimits).toEqual(
      expect.arrayContaining([
        { Name: 'nofile', Soft: 256, Hard: 256 },
        { Name: 'fsize', Soft: 16 * 1024 * 1024, Hard: 16 * 1024 * 1024 },
        { Name: 'core', Soft: 0, Hard: 0 },
      ]),
    );
  });

  it('passes none of the worker\'s environment', () => {
    expect(options.Env).toEqual([]);
  });

  it('labels the container as a sandbox with its worker and execution', () => {
    expect(options.Labels).toEqual({ [SANDBOX_LABEL]: 'true', [WORKER_LABEL]: 'worker-1', 'ghostide.execution': 'exec-1' });
    expect(SANDBOX_LABEL).toBe('ghostide.sandbox');
    expect(WORKER_LABEL).toBe('ghostide.worker');
  });

  it('keeps the stdin stream open for the agent\'s request, without a TTY', () => {
    expect(options).toMatchObject({ OpenStdin: true, StdinOnce: true, AttachStdin: true, Tty: false });
  });
});
