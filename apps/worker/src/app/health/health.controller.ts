import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { SandboxHealthIndicator } from './indicators/sandbox.indicator';

/** The worker's own health, for its orchestrator; the gateway learns of workers from their heartbeats. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly sandbox: SandboxHealthIndicator,
  ) {}

  /** The process answers. */
  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /** Docker reachable, the sandbox images present, the warm pools filled: 503 naming what is not. */
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.sandbox.docker(), () => this.sandbox.images(), () => this.sandbox.pool()]);
  }
}
