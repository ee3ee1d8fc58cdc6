import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ExecutionStage, TaskState, TaskStatus } from '@ghostide/contracts';
import { ExecutionResultDto } from './execution-result.dto';

const TASK_STATES: TaskState[] = ['queued', 'running', 'completed', 'failed'];
const STAGES: ExecutionStage[] = ['queued', 'preparing', 'compiling', 'running', 'finished'];

@ApiSchema({ name: 'TaskAccepted' })
export class TaskAcceptedDto {
  @ApiProperty({ example: '5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a', description: 'Poll GET /api/v1/execution/task/{task_id}.' })
  task_id!: string;

  @ApiProperty({ enum: ['queued'], example: 'queued' })
  status!: 'queued';
}

@ApiSchema({ name: 'TaskStatus' })
export class TaskStatusDto implements TaskStatus {
  @ApiProperty({ example: '5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a' })
  task_id!: string;

  @ApiProperty({ enum: TASK_STATES, enumName: 'TaskState', example: 'running' })
  status!: TaskState;

  @ApiProperty({ minimum: 0, maximum: 100, example: 50, description: 'Percent done.' })
  progress!: number;

  @ApiProperty({ enum: STAGES, enumName: 'ExecutionStage', example: 'running', description: 'What the worker is doing now.' })
  stage!: ExecutionStage;

  @ApiPropertyOptional({ type: ExecutionResultDto, description: 'Present once completed.' })
  result?: ExecutionResultDto;

  @ApiPropertyOptional({ description: 'Present when failed.' })
  error?: string;

  @ApiProperty({ example: '2026-11-27T12:00:00.000Z' })
  created_at!: string;

  @ApiPropertyOptional({ example: '2026-11-27T12:00:01.000Z' })
  finished_at?: string;
}
