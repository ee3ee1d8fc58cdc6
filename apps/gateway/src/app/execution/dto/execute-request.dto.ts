import { ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  DEFAULT_MEMORY_LIMIT_MB,
  DEFAULT_TIMEOUT_SECONDS,
  ExecutionRequest,
  MAX_ARG_LENGTH,
  MAX_ARGS,
  MAX_STDIN_BYTES,
  MAX_TIMEOUT_SECONDS,
  MIN_MEMORY_LIMIT_MB,
} from '@ghostide/contracts';
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
} from 'class-validator';
import { ValidateRequestDto } from './validate-request.dto';

/** Body of execute and execute/async; the source fields are ValidateRequestDto's. */
@ApiSchema({ name: 'ExecutionRequest' })
export class ExecuteRequestDto extends ValidateRequestDto implements ExecutionRequest {
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

  @ApiPropertyOptional({
    minimum: 1,
    description: "Wall-clock seconds for the compile stage (compiled languages); at most, and by default, the language's compile limit (30 s for C++).",
  })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(1)
  compile_timeout?: number;

  @ApiPropertyOptional({
    minimum: MIN_MEMORY_LIMIT_MB,
    description: "Memory of the compile stage in MB (compiled languages); at most, and by default, the deployment's (SANDBOX_COMPILE_MEMORY_MB, 512 by default).",
  })
  @IsOptional() @IsInt() @Min(MIN_MEMORY_LIMIT_MB)
  compile_memory_limit_mb?: number;
}
