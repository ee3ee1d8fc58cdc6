import 'reflect-metadata';
import { ConfigService } from '@nestjs/config';
import { AppConfig, validateEnvironment } from '@ghostide/config';
import { LanguageDefinition, LanguageRegistry } from '@ghostide/languages';
import { PoolTarget, SandboxRunner } from '@ghostide/sandbox';
import { ToolchainVersions } from '../toolchain/toolchain-versions';
import { SandboxPools } from './sandbox-pools';

/** Stands in for ToolchainVersions: these languages are installed; install() adds more later. */
class FakeVersions {
  private listener?: (languages: LanguageDefinition[]) => void;
  constructor(private readonly installedIds: Set<string>) {}
  of(id: string): string | undefined {
    return this.installedIds.has(id) ? '1.0' : undefined;
  }
  onInstalled(listener: (languages: LanguageDefinition[]) => void): void {
    this.listener = listener;
  }
  install(languages: LanguageDefinition[]): void {
    for (const language of languages) this.installedIds.add(language.id);
    this.listener?.(languages);
  }
}

const REGISTRY = new LanguageRegistry();
const SEED = ['python', 'javascript', 'java', 'cpp'];

/** Starts SandboxPools under this environment with these languages installed; returns each warmUp call's pools by image and memory limit. */
function start(env: Record<string, string>, installed = SEED): { calls: Record<string, number>[]; versions: FakeVersions } {
  const config = validateEnvironment(env);
  const calls: Record<string, number>[] = [];
  const toSizes = (targets: PoolTarget[]) =>
    Object.fromEntries(targets.map((target) => [`${target.image.replace('ghostide-sandbox-', '')}@${target.memoryMb}`, target.size]));
  const sandbox = { warmUp: (targets: PoolTarget[]) => calls.push(toSizes(targets)) } as unknown as SandboxRunner;
  const configService = { get: (key: keyof AppConfig) => config[key] } as unknown as ConfigService<AppConfig, true>;
  const versions = new FakeVersions(new Set(installed));
  new SandboxPools(sandbox, REGISTRY, versions as unknown as ToolchainVersions, configService).onApplicationBootstrap();
  return { calls, versions };
}

/** The pools SandboxPools declares at start-up under this environment. */
function declaredSizes(env: Record<string, string>): Record<string, number> {
  return start(env).calls[0] ?? {};
}

describe('SandboxPools', () => {
  it('keeps SANDBOX_POOL_SIZE hosts per language, the default being the default concurrency', () => {
    expect(declaredSizes({})).toEqual({ 'python@128': 2, 'javascript@128': 2, 'java@256': 2, 'java@512': 2, 'cpp@128': 2, 'cpp@512': 2 });
  });

  it('keeps hosts for the compile stage of compiled languages at SANDBOX_COMPILE_MEMORY_MB, none where the run limit is as large', () => {
    expect(declaredSizes({ SANDBOX_COMPILE_MEMORY_MB: '256' })).toEqual({
      'python@128': 2,
      'javascript@128': 2,
      'java@256': 2,
      'cpp@128': 2,
      'cpp@256': 2,
    });
  });

  it('keeps at most WORKER_CONCURRENCY hosts per language: they come back after each run', () => {
    expect(declaredSizes({ WORKER_CONCURRENCY: '1', SANDBOX_POOL_SIZE: '4', SANDBOX_POOL_SIZES: 'cpp=0' })).toMatchObject({ 'python@128': 1, 'cpp@128': 0, 'cpp@512': 0 });
  });

  it('keeps SANDBOX_POOL_SIZE single-use containers whatever the concurrency: they never come back', () => {
    expect(declaredSizes({ SANDBOX_ISOLATION: 'container', WORKER_CONCURRENCY: '1', SANDBOX_POOL_SIZE: '4' })).toMatchObject({ 'python@128': 4 });
  });

  it('keeps no started sandboxes of a language outside SANDBOX_WARM_LANGUAGES unless SANDBOX_POOL_SIZES names it', () => {
    expect(declaredSizes({ SANDBOX_WARM_LANGUAGES: 'python' })).toMatchObject({ 'python@128': 2, 'javascript@128': 0, 'java@256': 0 });
    expect(declaredSizes({ SANDBOX_WARM_LANGUAGES: 'python', SANDBOX_POOL_SIZES: 'java=1' })).toMatchObject({ 'javascript@128': 0, 'java@256': 1 });
  });

  it('refuses to start when SANDBOX_WARM_LANGUAGES names a language it does not have', () => {
    expect(() => start({ SANDBOX_WARM_LANGUAGES: 'python,klingon' })).toThrow('SANDBOX_WARM_LANGUAGES names unknown language(s) klingon');
  });

  it('declares nothing for a language whose image is missing, and its pools once it is installed', () => {
    const { calls, versions } = start({ SANDBOX_WARM_LANGUAGES: 'all' }, ['python']);
    expect(calls).toEqual([{ 'python@128': 2 }]);
    versions.install(REGISTRY.languages.filter((language) => language.id === 'javascript'));
    expect(calls).toEqual([{ 'python@128': 2 }, { 'javascript@128': 2 }]);
  });
});
