import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import { LanguageRegistry } from '@ghostide/languages';
import { SandboxRunner } from '@ghostide/sandbox';

/** Starts the warm pools: per language, at its default memory limit, SANDBOX_POOL_SIZE(S) sandboxes. */
@Injectable()
export class SandboxPools implements OnApplicationBootstrap {
  private readonly logger = new Logger(SandboxPools.name);
  private readonly sandboxConfig: AppConfig['sandbox'];

  constructor(
    private readonly sandbox: SandboxRunner,
    private readonly languages: LanguageRegistry,
    config: ConfigService<AppConfig, true>,
  ) {
    this.sandboxConfig = config.get('sandbox', { infer: true });
  }

  onApplicationBootstrap(): void {
    const { poolSize, poolSizes } = this.sandboxConfig;
    const unknown = Object.keys(poolSizes).filter((id) => !this.languages.languages.some((language) => language.id === id));
    if (unknown.length > 0) {
      throw new Error(`SANDBOX_POOL_SIZES names unknown language(s) ${unknown.join(', ')}; use language ids such as ${this.languages.languages.map((l) => l.id).join(', ')}`);
    }
    const targets = this.languages.languages.map((language) => ({
      image: language.image,
      memoryMb: language.limits.defaultMemoryMb,
      size: poolSizes[language.id] ?? poolSize,
    }));
    this.sandbox.warmUp(targets);
    this.logger.log(`warm pools: ${targets.map((target) => `${target.image}@${target.memoryMb}m×${target.size}`).join(', ')}`);
  }
}
