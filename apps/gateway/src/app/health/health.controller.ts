import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { HealthReportDto } from './health-report.dto';
import { QueueHealthIndicator } from './indicators/queue.indicator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly queue: QueueHealthIndicator,
  ) {}

  @Get('live')
  // terminus's own swagger description is an inline schema; ours is the named HealthReport.
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ operationId: 'liveness', summary: 'The gateway process is up' })
  @ApiOkResponse({ type: HealthReportDto, example: { status: 'ok', info: {}, error: {}, details: {} } })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ operationId: 'readiness', summary: 'Redis reachable, a worker alive, Docker reachable by a worker' })
  @ApiOkResponse({ type: HealthReportDto })
  @ApiServiceUnavailableResponse({
    type: HealthReportDto,
    description: 'Names what is down in error.',
    example: {
      status: 'error',
      info: { redis: { status: 'up' } },
      error: { workers: { status: 'down', message: 'no execution worker is alive' }, docker: { status: 'down', message: 'no live worker reaches a Docker engine' } },
      details: {
        redis: { status: 'up' },
        workers: { status: 'down', message: 'no execution worker is alive' },
        docker: { status: 'down', message: 'no live worker reaches a Docker engine' },
      },
    },
  })
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.queue.redis(), () => this.queue.workers()]);
  }
}
