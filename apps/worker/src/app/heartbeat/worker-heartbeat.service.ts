import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import type { WorkerHeartbeat } from '@ghostide/contracts';
import { ExecutionQueue } from '@ghostide/queue';
import { SandboxRunner } from '@ghostide/sandbox';
import { hostname } from 'node:os';
import { ToolchainVersions } from '../toolchain/toolchain-versions';

const HEARTBEAT_INTERVAL_MS = 5_000;
/** A worker counts as gone three missed beats after its last one. */
const HEARTBEAT_VALIDITY_MS = 3 * HEARTBEAT_INTERVAL_MS;

/**
 * Tells the gateway this worker is alive, whether Docker answers, which
 * toolchain versions its images hold (the gateway never asks Docker itself),
 * and where its health and metrics server listens.
 */
@Injectable()
export class WorkerHeartbeatService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHeartbeatService.name);
  private readonly worker: AppConfig['worker'];
  private http?: WorkerHeartbeat['http'];
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly queue: ExecutionQueue,
    private readonly sandbox: SandboxRunner,
    private readonly versions: ToolchainVersions,
    config: ConfigService<AppConfig, true>,
  ) {
    this.worker = config.get('worker', { infer: true });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.beat();
    this.timer = setInterval(() => void this.beat(), HEARTBEAT_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.queue.withdrawHeartbeat(this.worker.id).catch(() => undefined);
  }

  /** Publishes the address the HTTP server is bound to (its port may have been picked by the system) at once. */
  async announceHttpAddress(host: string, port: number): Promise<void> {
    this.http = { host, port };
    await this.beat();
  }

  private async beat(): Promise<void> {
    const dockerReachable = await this.sandbox.ping().then(() => true, () => false);
    try {
      await this.queue.publishHeartbeat({
        workerId: this.worker.id,
        host: hostname(),
        dockerReachable,
        languageVersions: this.versions.all(),
        concurrency: this.worker.concurrency,
        idleSandboxes: this.sandbox.stats().idleByPool,
        ...(this.http ? { http: this.http } : {}),
        expiresAt: Date.now() + HEARTBEAT_VALIDITY_MS,
      });
    } catch (err) {
      this.logger.warn(`heartbeat not published: ${(err as Error).message}`);
    }
  }
}
