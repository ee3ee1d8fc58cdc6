import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import type { AppConfig } from '@ghostide/config';
import { LanguageRegistry } from '@ghostide/languages';
import { withTimeout } from '@ghostide/util';
import { SandboxRunner } from '@ghostide/sandbox';

/**
 * The worker's readiness, asked of the sandbox runner (the worker never talks to
 * Docker itself): the engine answers and the warm pools have filled. Missing
 * images are listed, not a failure: set-up builds all but the first few in the
 * background, and the gateway answers 503 for a language no worker has yet. Each probe is bounded by HEALTH_PROBE_TIMEOUT_MS.
 */
@Injectable()
export class SandboxHealthIndicator {
  private readonly timeoutMs: number;

  constructor(
    private readonly sandbox: SandboxRunner,
    private readonly languages: LanguageRegistry,
    private readonly health: HealthIndicatorService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.timeoutMs = config.get('health', { infer: true }).probeTimeoutMs;
  }

  async docker(): Promise<HealthIndicatorResult> {
    const check = this.health.check('docker');
    try {
      await withTimeout(this.sandbox.ping(), this.timeoutMs, 'pinging the Docker engine');
      return check.up();
    } catch (err) {
      return check.down({ message: `the Docker engine is not reachable: ${(err as Error).message}` });
    }
  }

  async images(): Promise<HealthIndicatorResult> {
    const check = this.health.check('images');
    const images = [...new Set(this.languages.languages.map((language) => language.image))];
    try {
      const missing = await withTimeout(this.sandbox.missingImages(images), this.timeoutMs, 'looking up the sandbox images');
      if (missing.length === 0) return check.up({ present: images.length });
      return check.up({ present: images.length - missing.length, missing, hint: 'build them with "npm run setup -- --languages all"' });
    } catch (err) {
      return check.down({ message: `the sandbox images could not be looked up: ${(err as Error).message}` });
    }
  }

  pool(): HealthIndicatorResult {
    const check = this.health.check('pool');
    const { idleByPool, poolsWarmedUp } = this.sandbox.stats();
    // Once full, a pool refills in the background after each run; only the first filling gates readiness.
    if (poolsWarmedUp) return check.up({ idle: idleByPool });
    return check.down({ message: 'the warm pools are still filling', idle: idleByPool });
  }
}
