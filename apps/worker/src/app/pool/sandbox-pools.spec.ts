import 'reflect-metadata';
import { ConfigService } from '@nestjs/config';
import { AppConfig, validateEnvironment } from '@ghostide/config';
import { LanguageRegistry } from '@ghostide/languages';
import { SandboxRunner } from '@ghostide/sandbox';
import { SandboxPools } from './sandbox-pools';

type PoolTarget = Parameters<SandboxRunner['warmUp']>[0][number];

/** The pools SandboxPools declares at start-up under this environment, by language image and memory limit. */
function declaredSizes(env: Record<string, string>): Record<string, number> {
  const config = validateEnvironment(env);
  let declared: PoolTarget[] = [];
  const sandbox = { warmUp: (targets: PoolTarget[]) => (declared = targets) } as unknown as SandboxRunner;
  const configService = { get: (key: keyof AppConfig) => config[key] } as unknown as ConfigService<AppConfig, true>;
  new SandboxPools(sandbox, new LanguageRegistry(), configService).onApplicationBootstrap();
  return Object.fromEntries(declared.map((target) => [`${target.image.replace('ghostide-sandbox-', '')}@${target.memoryMb}`, target.size]));
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
});
