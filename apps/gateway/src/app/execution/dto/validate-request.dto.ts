import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { MAX_FILES, MAX_SOURCE_BYTES } from '@ghostide/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { SourceFileDto } from './source-file.dto';
import { IsExactlyOneOfCodeOrFiles } from './code-or-files.validator';

/** Body (or query) of POST /validate, and the source part of an execution request. */
@ApiSchema({ name: 'ValidateRequest' })
export class ValidateRequestDto {
  @ApiProperty({ example: 'python', description: 'Language id or alias (python, py, javascript, js, node, java, cpp, c++, ...), any case.' })
  // Whether the language is supported is ExecutionRequestValidator's check (the registry's).
  // The code/files rule sits here because language is always validated; on code, the
  // ValidateIf below would skip it in exactly the case it exists for: neither given.
  @IsString() @IsExactlyOneOfCodeOrFiles()
  language!: string;

  @ApiPropertyOptional({ example: 'print("hello")', description: 'The main source file. Exactly one of code or files.' })
  @ValidateIf((request: ValidateRequestDto) => request.code !== undefined)
  @IsString() @MaxLength(MAX_SOURCE_BYTES, { message: `code may have at most ${MAX_SOURCE_BYTES} characters (50 KB)` })
  code?: string;

  @ApiPropertyOptional({ type: [SourceFileDto], description: 'Several source files; the first is the entry point. Exactly one of code or files.' })
  // Not IsOptional, which also skips null: "files": null passed as given and reached the
  // service as no files (a 500 the fuzz spec found). Absent is the only way to leave it out.
  @ValidateIf((request: ValidateRequestDto) => request.files !== undefined)
  @IsArray() @ArrayMaxSize(MAX_FILES) @ValidateNested({ each: true }) @Type(() => SourceFileDto)
  files?: SourceFileDto[];
}
