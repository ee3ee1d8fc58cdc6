import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig, sandboxRuntimeOf } from '@ghostide/config';
import { LanguageRegistry } from '@ghostide/languages';
import { compileSandboxMemoryMb, SandboxRunner } from '@ghostide/sandbox';

/**
 * Starts the warm pools: per language, at its default memory limit (and for a
 * compiled language at the compile's too) and with its runtime
 * (SANDBOX_RUNTIME(S)), SANDBOX_POOL_SIZE(S) sandboxes. Hosts
 * (SANDBOX_ISOLATION=host) come back after each run, so a pool needs no more
 * than WORKER_CONCURRENCY of them: the worker never runs more at once.
 */
@Injectable()
export class SandboxPools implements OnApplicationBootstrap {
  private readonly logger = new Logger(SandboxPools.name);
  private readonly sandboxConfig: AppConfig['sandbox'];
  private readonly concurrency: number;

  constructor(
    private readonly sandbox: SandboxRunner,
    private readonly languages: LanguageRegistry,
    config: ConfigService<AppConfig, true>,
  ) {
    this.sandboxConfig = config.get('sandbox', { infer: true });
    this.concurrency = config.get('worker', { infer: true }).concurrency;
  }

  onApplicationBootstrap(): void {
    const { poolSize, poolSizes, runtimes, isolation } = this.sandboxConfig;
    this.checkLanguageIds('SANDBOX_POOL_SIZES', poolSizes);
    this.checkLanguageIds('SANDBOX_RUNTIMES', runtimes);
    const targets = this.languages.languages.flatMap((language) => {
      const run = {
        image: language.image,
        memoryMb: language.limits.defaultMemoryMb,
        runtime: sandboxRuntimeOf(this.sandboxConfig, language.id),
        size: this.sizeOf(poolSizes[language.id] ?? poolSize),
      };
      // A compiled language's compile stage runs in a sandbox of its own memory limit (SANDBOX_COMPILE_MEMORY_MB).
      const compileMemoryMb = compileSandboxMemoryMb(this.sandboxConfig.compileMemoryMb, run.memoryMb);
      return language.compile && compileMemoryMb !== run.memoryMb ? [run, { ...run, memoryMb: compileMemoryMb }] : [run];
    });
    this.sandbox.warmUp(targets);
    this.logger.log(`warm pools (${isolation}): ${targets.map((target) => `${target.image}@${target.memoryMb}m/${target.runtime}×${target.size}`).join(', ')}`);
  }

  private sizeOf(configured: number): number {
    return this.sandboxConfig.isolation === 'host' ? Math.min(configured, this.concurrency) : configured;
  }

  /** A per-language setting that names a language this worker does not have stops start-up. */
  private checkLanguageIds(setting: string, byLanguage: Record<string, unknown>): void {
    const ids = this.languages.languages.map((language) => language.id);
    const unknown = Object.keys(byLanguage).filter((id) => !ids.includes(id));
    if (unknown.length > 0) {
      throw new Error(`${setting} names unknown language(s) ${unknown.join(', ')}; use language ids such as ${ids.join(', ')}`);
    }
  }
}
