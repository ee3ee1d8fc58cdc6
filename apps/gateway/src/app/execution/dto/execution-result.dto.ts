import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ExecutionResult, ExecutionStatus } from '@ghostide/contracts';

@ApiSchema({ name: 'ExecutionResult' })
export class ExecutionResultDto implements ExecutionResult {
  @ApiProperty({ example: '5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a', description: 'Unique id of this run.' })
  execution_id!: string;

  @ApiProperty({ example: 'python', description: 'Canonical id of the language that ran.' })
  language!: string;

  @ApiProperty({ example: 'Python 3.11.2', description: 'Toolchain version inside the sandbox image.' })
  version!: string;

  @ApiProperty({ enum: ExecutionStatus, enumName: 'ExecutionStatus', example: ExecutionStatus.Success })
  status!: ExecutionStatus;

  @ApiProperty({ type: Number, nullable: true, example: 0, description: 'Null when the program did not run or was killed.' })
  exit_code!: number | null;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'Signal that ended the program, e.g. SIGKILL.' })
  signal!: string | null;

  @ApiProperty({ example: 'hello\n', description: 'UTF-8, cut at the output limit.' })
  stdout!: string;

  @ApiProperty({ example: '' })
  stderr!: string;

  @ApiProperty({ example: false, description: 'True when output was cut at the limit.' })
  output_truncated!: boolean;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'Compiler messages, for compiled languages.' })
  compile_output!: string | null;

  @ApiProperty({ example: 23, description: 'Wall-clock time of the run stage.' })
  execution_time_ms!: number;

  @ApiProperty({ type: Number, nullable: true, example: 19, description: 'CPU time (user + system) of the run stage; null when it did not run.' })
  cpu_time_ms!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 8120, description: 'Peak resident memory of the run.' })
  memory_usage_kb!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: null, description: 'Wall-clock time of the compile stage.' })
  compile_time_ms!: number | null;

  @ApiProperty({ example: false, description: 'True when the compiled program came from the compile cache; compile_time_ms is then 0.' })
  compile_cached!: boolean;

  @ApiPropertyOptional({ description: 'What failed in the service (status internal_error), or when the run was cancelled (status cancelled).' })
  error?: string;
}
