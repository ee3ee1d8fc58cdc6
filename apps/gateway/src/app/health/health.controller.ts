import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { QueueHealthIndicator } from './indicators/queue.indicator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly queue: QueueHealthIndicator,
  ) {}

  @Get('live')
  @HealthCheck()
  @ApiOperation({ operationId: 'liveness', summary: 'The gateway process is up' })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ operationId: 'readiness', summary: 'Redis reachable, a worker alive, Docker reachable by a worker, the queue not full' })
  @ApiServiceUnavailableResponse({ description: 'Names what is down.' })
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.queue.redis(), () => this.queue.workers(), () => this.queue.queueCapacity()]);
  }
}
