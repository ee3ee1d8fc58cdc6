import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class PistonFileDto {
  @ApiPropertyOptional({
    example: 'main.py',
    description: "File name; without one, the entry file gets the language's default name (main.py, Main.java, ...), others file<i>.code.",
  })
  name?: string;

  @ApiProperty({ example: 'print(input())' })
  content!: string;

  @ApiPropertyOptional({
    enum: ['utf8', 'base64', 'hex'],
    default: 'utf8',
    description: 'base64 and hex contents must decode to UTF-8 text. The first utf8 file is the one that runs.',
  })
  encoding?: string;
}

/**
 * Body of Piston's POST /api/v2/execute. Documentation only: the body is checked
 * by hand, in Piston's order and with Piston's messages (piston-request.ts).
 */
export class PistonExecuteRequestDto {
  @ApiProperty({ example: 'python', description: 'A language name or alias of GET /api/v2/runtimes.' })
  language!: string;

  @ApiProperty({ example: '*', description: 'SemVer selector of the version: "3.11.2", "3.x" or "*".' })
  version!: string;

  @ApiProperty({ type: [PistonFileDto] })
  files!: PistonFileDto[];

  @ApiPropertyOptional({ example: 'world', description: 'Standard input; a final newline is added when missing, as Piston does.' })
  stdin?: string;

  @ApiPropertyOptional({ type: [String], example: ['1', '2', '3'] })
  args?: string[];

  @ApiPropertyOptional({ example: 3000, description: 'Milliseconds of the run stage, at most the language\'s maximum (30000); below 1000 runs with 1000.' })
  run_timeout?: number;

  @ApiPropertyOptional({ example: 10000, description: "Milliseconds; checked against the language's compile limit, which always applies." })
  compile_timeout?: number;

  @ApiPropertyOptional({ example: -1, description: "Bytes for the run; -1, 0 or absent: the language's default; at most the deployment's maximum." })
  run_memory_limit?: number;

  @ApiPropertyOptional({ example: -1, description: 'Bytes; checked against the maximum; the compile stage shares the run\'s memory.' })
  compile_memory_limit?: number;

  @ApiPropertyOptional({ example: 3000, description: 'Milliseconds of CPU time; the run stage gets the smaller of this and run_timeout.' })
  run_cpu_time?: number;

  @ApiPropertyOptional({ example: 10000, description: 'Milliseconds; checked like compile_timeout.' })
  compile_cpu_time?: number;
}
