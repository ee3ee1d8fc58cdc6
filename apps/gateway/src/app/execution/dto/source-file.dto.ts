import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { SourceFile } from '@ghostide/contracts';
import { IsString, MaxLength } from 'class-validator';

@ApiSchema({ name: 'SourceFile' })
export class SourceFileDto implements SourceFile {
  @ApiProperty({ example: 'main.py', description: 'Plain relative path: no "..", no leading "/".' })
  @IsString() @MaxLength(255)
  name!: string;

  @ApiProperty({ example: 'print("hello")', description: 'File content, UTF-8.' })
  @IsString()
  content!: string;
}
