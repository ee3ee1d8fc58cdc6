import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DEFAULT_MEMORY_LIMIT_MB,
  DEFAULT_TIMEOUT_SECONDS,
  ExecutionRequest,
  MAX_ARG_LENGTH,
  MAX_ARGS,
  MAX_FILES,
  MAX_SOURCE_BYTES,
  MAX_STDIN_BYTES,
  MAX_TIMEOUT_SECONDS,
  MIN_MEMORY_LIMIT_MB,
} from '@ghostide/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SourceFileDto } from './source-file.dto';
import { IsExactlyOneOfCodeOrFiles, IsSupportedLanguage } from './supported-language.validator';

export class ExecuteRequestDto implements ExecutionRequest {
  @ApiProperty({ example: 'python', description: 'Language id or alias (python, py, javascript, js, node, java, cpp, c++, ...), any case.' })
  // The code/files rule sits here because language is always validated; on code, the
  // ValidateIf below would skip it in exactly the case it exists for: neither given.
  @IsString() @IsSupportedLanguage() @IsExactlyOneOfCodeOrFiles()
  language!: string;

  @ApiPropertyOptional({ example: 'print("hello")', description: 'The main source file. Exactly one of code or files.' })
  @ValidateIf((request: ExecuteRequestDto) => request.code !== undefined)
  @IsString() @MaxLength(MAX_SOURCE_BYTES, { message: `code may have at most ${MAX_SOURCE_BYTES} characters (50 KB)` })
  code?: string;

  @ApiPropertyOptional({ type: [SourceFileDto], description: 'Several source files; the first is the entry point. Exactly one of code or files.' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_FILES) @ValidateNested({ each: true }) @Type(() => SourceFileDto)
  files?: SourceFileDto[];

  @ApiPropertyOptional({ example: 'world\n', description: `Fed to the program's standard input; at most ${MAX_STDIN_BYTES} bytes.` })
  @IsOptional() @IsString() @MaxLength(MAX_STDIN_BYTES, { message: `stdin may have at most ${MAX_STDIN_BYTES} characters` })
  stdin?: string;

  @ApiPropertyOptional({ type: [String], example: ['--verbose'], description: "The program's command-line arguments." })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_ARGS)
  @IsString({ each: true }) @MaxLength(MAX_ARG_LENGTH, { each: true })
  @Matches(/^[^\0]*$/, { each: true, message: 'args may not contain NUL characters' })
  args?: string[];

  @ApiPropertyOptional({ example: 'editor-tab-42', description: "The caller's session, for per-session limits and tracing." })
  @IsOptional() @IsString() @MaxLength(128)
  session_id?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_TIMEOUT_SECONDS, default: DEFAULT_TIMEOUT_SECONDS, description: 'Wall-clock seconds for the run stage.' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(1) @Max(MAX_TIMEOUT_SECONDS)
  timeout?: number;

  @ApiPropertyOptional({
    minimum: MIN_MEMORY_LIMIT_MB,
    default: DEFAULT_MEMORY_LIMIT_MB,
    description: "Memory of the run in MB; at most the deployment's maximum (SANDBOX_MAX_MEMORY_MB, 512 by default).",
  })
  @IsOptional() @IsInt() @Min(MIN_MEMORY_LIMIT_MB)
  memory_limit_mb?: number;
}
