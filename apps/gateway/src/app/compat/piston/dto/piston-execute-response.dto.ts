import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** What one stage (compile or run) did, in Piston's shape. */
export class PistonStageDto {
  @ApiProperty({ example: 'hello\n' })
  stdout!: string;

  @ApiProperty({ example: '' })
  stderr!: string;

  @ApiProperty({ example: 'hello\n', description: 'stdout followed by stderr (Piston interleaves them; here they are kept apart).' })
  output!: string;

  @ApiProperty({ type: Number, nullable: true, example: 0, description: 'Exit code; null when ended by a signal. A failed compile reports 1.' })
  code!: number | null;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'e.g. SIGKILL for a timeout.' })
  signal!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'isolate-style status: TO (timeout), OL (output limit), SG (signal), RE (non-zero exit), XX (internal error).',
  })
  status!: string | null;

  @ApiProperty({ type: String, nullable: true, example: null, description: 'Why the stage ended, in words, when it failed.' })
  message!: string | null;

  @ApiProperty({ type: Number, nullable: true, example: 8314880, description: 'Peak memory in bytes, where measured.' })
  memory!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 21, description: 'Wall-clock milliseconds.' })
  wall_time!: number | null;
}

/** Answer of Piston's POST /api/v2/execute. */
export class PistonExecuteResponseDto {
  @ApiProperty({ example: 'python' })
  language!: string;

  @ApiProperty({ example: '3.11.2' })
  version!: string;

  @ApiProperty({ type: PistonStageDto, description: 'The run stage; when compilation failed, the compile stage, as Piston answers.' })
  run!: PistonStageDto;

  @ApiPropertyOptional({ type: PistonStageDto, description: 'Compiled languages only.' })
  compile?: PistonStageDto;
}

/** Piston's error body. */
export class PistonErrorDto {
  @ApiProperty({ example: 'brainfuck-* runtime is unknown' })
  message!: string;
}
