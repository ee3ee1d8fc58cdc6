import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig, sandboxRuntimeOf } from '@ghostide/config';
import { LanguageDefinition, LanguageRegistry } from '@ghostide/languages';
import { compileSandboxMemoryMb, PoolTarget, SandboxRunner } from '@ghostide/sandbox';
import { ToolchainVersions } from '../toolchain/toolchain-versions';

/**
 * Starts the warm pools: per installed language, at its default memory limit (and for a
 * compiled language at the compile's too) and with its runtime
 * (SANDBOX_RUNTIME(S)), SANDBOX_POOL_SIZE(S) sandboxes for SANDBOX_WARM_LANGUAGES.
 * A language installed later (its image built after start-up) gets its pools then. Hosts
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
    private readonly versions: ToolchainVersions,
    config: ConfigService<AppConfig, true>,
  ) {
    this.sandboxConfig = config.get('sandbox', { infer: true });
    this.concurrency = config.get('worker', { infer: true }).concurrency;
  }

  onApplicationBootstrap(): void {
    const { poolSizes, runtimes, warmLanguages } = this.sandboxConfig;
    this.checkLanguageIds('SANDBOX_POOL_SIZES', poolSizes);
    this.checkLanguageIds('SANDBOX_RUNTIMES', runtimes);
    if (warmLanguages !== 'all') this.checkLanguageIds('SANDBOX_WARM_LANGUAGES', Object.fromEntries(warmLanguages.map((id) => [id, true])));
    this.warmUp(this.languages.languages.filter((language) => this.versions.of(language.id) !== undefined));
    this.versions.onInstalled((languages) => this.warmUp(languages));
  }

  private warmUp(languages: LanguageDefinition[]): void {
    // Languages that share an image (C and C++) share its pools: the larger size wins.
    const byShape = new Map<string, PoolTarget>();
    for (const target of languages.flatMap((language) => this.targetsOf(language))) {
      const shape = `${target.image}@${target.memoryMb}m/${target.runtime}`;
      const seen = byShape.get(shape);
      if (!seen || seen.size < target.size) byShape.set(shape, target);
    }
    const targets = [...byShape.values()];
    if (targets.length === 0) return;
    this.sandbox.warmUp(targets);
    const shown = [...byShape].filter(([, target]) => target.size > 0).map(([shape, target]) => `${shape}×${target.size}`);
    this.logger.log(`warm pools (${this.sandboxConfig.isolation}): ${shown.join(', ') || 'none'}`);
  }

  private targetsOf(language: LanguageDefinition): PoolTarget[] {
    const run = {
      image: language.image,
      memoryMb: language.limits.defaultMemoryMb,
      runtime: sandboxRuntimeOf(this.sandboxConfig, language.id),
      size: this.sizeOf(language),
    };
    // A compiled language's compile stage runs in a sandbox of its own memory limit (SANDBOX_COMPILE_MEMORY_MB).
    const compileMemoryMb = compileSandboxMemoryMb(this.sandboxConfig.compileMemoryMb, run.memoryMb);
    return language.compile && compileMemoryMb !== run.memoryMb ? [run, { ...run, memoryMb: compileMemoryMb }] : [run];
  }

  private sizeOf(language: LanguageDefinition): number {
    const { poolSize, poolSizes, warmLanguages, isolation } = this.sandboxConfig;
    const warm = warmLanguages === 'all' || warmLanguages.includes(language.id);
    const configured = poolSizes[language.id] ?? (warm ? poolSize : 0);
    return isolation === 'host' ? Math.min(configured, this.concurrency) : configured;
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
