import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { LanguageInfo } from '@ghostide/contracts';

@ApiSchema({ name: 'LanguageInfo' })
export class LanguageInfoDto implements LanguageInfo {
  @ApiProperty({ example: 'python' })
  id!: string;

  @ApiProperty({ example: 'Python' })
  name!: string;

  @ApiProperty({ example: 'Python 3.11.2', description: 'Read from the sandbox image by a worker; "unknown" while no worker is up.' })
  version!: string;

  @ApiProperty({ type: [String], example: ['py', 'python3'] })
  aliases!: string[];

  @ApiProperty({ type: [String], example: ['.py'] })
  extensions!: string[];

  @ApiProperty({ example: false })
  compiled!: boolean;

  @ApiProperty({ example: 10, description: 'Seconds.' })
  default_timeout!: number;

  @ApiProperty({ example: 30, description: 'Seconds.' })
  max_timeout!: number;

  @ApiProperty({ example: 128 })
  default_memory_limit_mb!: number;

  @ApiProperty({
    example: true,
    description:
      'A live worker has this language\'s sandbox image. Images beyond the first few are built in the background after start-up; ' +
      'a run of a language not installed yet is answered 503 with Retry-After.',
  })
  installed!: boolean;

  @ApiProperty({ example: 'print("Hello, world!")\n', description: 'A program that prints "Hello, world!": what the playground starts with.' })
  sample!: string;
}
