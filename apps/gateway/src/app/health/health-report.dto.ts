import { ApiProperty, ApiPropertyOptional, ApiSchema, SchemaObject } from '@nestjs/swagger';
import type { HealthCheckResult, HealthCheckStatus, HealthIndicatorResult } from '@nestjs/terminus';

/** Checks by name (redis, workers, docker), each up or down with what it found. */
const CHECKS_SCHEMA: { type: 'object'; additionalProperties: SchemaObject } = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    required: ['status'],
    properties: {
      status: { type: 'string', enum: ['up', 'down'] },
      message: { type: 'string', description: 'What is down.' },
    },
    additionalProperties: true,
  },
};

const UP = { redis: { status: 'up' }, workers: { status: 'up', alive: 1 }, docker: { status: 'up', workers_with_docker: 1 } };

/** Body of /health/live and /health/ready, 200 and 503 alike: terminus's HealthCheckResult. */
@ApiSchema({ name: 'HealthReport' })
export class HealthReportDto implements HealthCheckResult {
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'], example: 'ok' })
  status!: HealthCheckStatus;

  @ApiPropertyOptional({ ...CHECKS_SCHEMA, description: 'The checks that are up.', example: UP })
  info?: HealthIndicatorResult;

  @ApiPropertyOptional({ ...CHECKS_SCHEMA, description: 'The checks that are down.', example: {} })
  error?: HealthIndicatorResult;

  @ApiProperty({ ...CHECKS_SCHEMA, description: 'Every check.', example: UP })
  details!: HealthIndicatorResult;
}
