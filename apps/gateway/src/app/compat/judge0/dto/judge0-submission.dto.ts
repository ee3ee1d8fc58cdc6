import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Judge0LanguageDto, Judge0StatusDto } from './judge0-info.dto';

const TEXT = 'Base64 of the text with base64_encoded=true.';

/** Body of Judge0's POST /submissions (docs/api/submissions/submissions.md, attributes 1–20). Documentation: checked in judge0-request.ts. */
export class Judge0SubmissionRequestDto {
  @ApiProperty({ example: 'print(input())', description: `Required. ${TEXT}` })
  source_code!: string;

  @ApiProperty({ example: 71, description: 'Required: an id of GET /languages.' })
  language_id!: number;

  @ApiPropertyOptional({ example: 'world', description: TEXT })
  stdin?: string;

  @ApiPropertyOptional({ example: 'world', description: `Compared with stdout: Accepted or Wrong Answer. ${TEXT}` })
  expected_output?: string;

  @ApiPropertyOptional({ example: "a 'b c'", description: 'Split into words as bash splits them; at most 512 characters.' })
  command_line_arguments?: string;

  @ApiPropertyOptional({ example: 2, description: 'Seconds; with wall_time_limit, the smaller one is the run\'s limit.' })
  cpu_time_limit?: number;

  @ApiPropertyOptional({ example: 0.5, description: 'Seconds the run may go on past its limit (still Time Limit Exceeded).' })
  cpu_extra_time?: number;

  @ApiPropertyOptional({ example: 5, description: 'Seconds.' })
  wall_time_limit?: number;

  @ApiPropertyOptional({ example: 128000, description: 'Kilobytes.' })
  memory_limit?: number;

  @ApiPropertyOptional({ example: 64000, description: 'Kilobytes; accepted, not applied (the memory limit bounds the stack).' })
  stack_limit?: number;

  @ApiPropertyOptional({ example: 60, description: 'Accepted up to the sandbox\'s limit, which applies.' })
  max_processes_and_or_threads?: number;

  @ApiPropertyOptional({ example: 1024, description: 'Kilobytes; accepted up to the sandbox\'s limit, which applies.' })
  max_file_size?: number;

  @ApiPropertyOptional({ example: 1, description: 'Only 1.' })
  number_of_runs?: number;

  @ApiPropertyOptional({ example: false, description: 'Only false.' })
  enable_per_process_and_thread_time_limit?: boolean;

  @ApiPropertyOptional({ example: false, description: 'Only false.' })
  enable_per_process_and_thread_memory_limit?: boolean;

  @ApiPropertyOptional({ example: false, description: 'Only false.' })
  redirect_stderr_to_stdout?: boolean;

  @ApiPropertyOptional({ example: false, description: 'Only false: sandboxes have no network.' })
  enable_network?: boolean;

  @ApiPropertyOptional({ description: 'Not supported: only blank.' })
  compiler_options?: string;

  @ApiPropertyOptional({ description: 'Not supported: only blank.' })
  callback_url?: string;

  @ApiPropertyOptional({ description: 'Not supported: only blank.' })
  additional_files?: string;
}

/** Body of Judge0's POST /submissions/batch. */
export class Judge0BatchRequestDto {
  @ApiProperty({ type: [Judge0SubmissionRequestDto], description: 'At most 20.' })
  submissions!: Judge0SubmissionRequestDto[];
}

/** Answer of POST /submissions without wait=true; one entry of the batch's answer. */
export class Judge0TokenDto {
  @ApiProperty({ example: '5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a', description: 'The task id of the run.' })
  token!: string;
}

/** Decimal columns come as strings, as Rails renders them: "0.021", "10.0". */
const DECIMAL = { type: String, nullable: true } as const;

/**
 * A Judge0 submission: the request's attributes and the run's (attributes 1–33
 * of Judge0 1.13.1, plus status and language). Only the fields asked for with
 * `fields` are present: by default token, time, memory, stdout, stderr,
 * compile_output, message and status; `*` gives all.
 */
@ApiExtraModels(Judge0StatusDto, Judge0LanguageDto)
export class Judge0SubmissionDto {
  @ApiPropertyOptional({ example: 'print(input())', description: TEXT }) source_code?: string;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 71 }) language_id?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'world', description: TEXT }) stdin?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'world', description: TEXT }) expected_output?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'hello\n', description: `null when empty. ${TEXT}` }) stdout?: string | null;
  @ApiPropertyOptional({ example: 3 }) status_id?: number;
  @ApiPropertyOptional({ example: '2026-11-27T12:00:00.000Z' }) created_at?: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-11-27T12:00:01.000Z' }) finished_at?: string | null;
  @ApiPropertyOptional({ ...DECIMAL, example: '0.021', description: "Seconds: the run's wall-clock time." }) time?: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 8120, description: 'Kilobytes: peak memory of the run.' }) memory?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: null, description: `null when empty. ${TEXT}` }) stderr?: string | null;
  @ApiPropertyOptional({ example: '5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a' }) token?: string;
  @ApiPropertyOptional({ example: 1 }) number_of_runs?: number;
  @ApiPropertyOptional({ ...DECIMAL, example: '10.0' }) cpu_time_limit?: string | null;
  @ApiPropertyOptional({ ...DECIMAL, example: '0.0' }) cpu_extra_time?: string | null;
  @ApiPropertyOptional({ ...DECIMAL, example: '10.0' }) wall_time_limit?: string | null;
  @ApiPropertyOptional({ example: 131072 }) memory_limit?: number;
  @ApiPropertyOptional({ example: 8192 }) stack_limit?: number;
  @ApiPropertyOptional({ example: 64 }) max_processes_and_or_threads?: number;
  @ApiPropertyOptional({ example: false }) enable_per_process_and_thread_time_limit?: boolean;
  @ApiPropertyOptional({ example: false }) enable_per_process_and_thread_memory_limit?: boolean;
  @ApiPropertyOptional({ example: 16384 }) max_file_size?: number;
  @ApiPropertyOptional({ type: String, nullable: true, example: null, description: TEXT }) compile_output?: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 0 }) exit_code?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: null }) exit_signal?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: null, description: `Why the run ended, as isolate words it. ${TEXT}` })
  message?: string | null;
  @ApiPropertyOptional({ ...DECIMAL, example: '0.021' }) wall_time?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: null }) compiler_options?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: null }) command_line_arguments?: string | null;
  @ApiPropertyOptional({ example: false }) redirect_stderr_to_stdout?: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, example: null }) callback_url?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: null }) additional_files?: string | null;
  @ApiPropertyOptional({ example: false }) enable_network?: boolean;
  @ApiPropertyOptional({ type: Judge0StatusDto }) status?: Judge0StatusDto;
  @ApiPropertyOptional({ type: Judge0LanguageDto, nullable: true }) language?: Judge0LanguageDto | null;
}

/** Answer of GET /submissions/batch: the submissions in the order of tokens, null for an unknown one. */
export class Judge0BatchDto {
  @ApiProperty({ type: [Judge0SubmissionDto], description: 'null for a token that is unknown or expired.' })
  submissions!: (Judge0SubmissionDto | null)[];
}

/** Judge0's 422: the problems of each attribute, as Rails renders a model's errors. */
export class Judge0ValidationErrorDto {
  @ApiPropertyOptional({ type: [String], example: ["language with id 150000 doesn't exist"] })
  language_id?: string[];

  @ApiPropertyOptional({ type: [String], example: ["can't be blank"] })
  source_code?: string[];
}
