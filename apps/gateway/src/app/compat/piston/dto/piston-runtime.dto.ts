import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One entry of Piston's GET /api/v2/runtimes. */
export class PistonRuntimeDto {
  @ApiProperty({ example: 'python', description: "Piston's name of the language (c++ for our cpp)." })
  language!: string;

  @ApiProperty({
    example: '3.11.2',
    description: 'SemVer of the toolchain a worker read from its image; 0.0.0 while no worker has reported it.',
  })
  version!: string;

  @ApiProperty({ type: [String], example: ['py', 'python3'], description: 'Other names the language answers to.' })
  aliases!: string[];

  @ApiPropertyOptional({ example: 'gcc', description: 'Where Piston names one: the runtime behind the language (node, gcc).' })
  runtime?: string;
}
