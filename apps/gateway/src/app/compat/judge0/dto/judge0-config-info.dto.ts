import { ApiProperty } from '@nestjs/swagger';

/**
 * Judge0's GET /config_info (app/helpers/config.rb), every field judge0-python's
 * Config model requires, with this deployment's values: limits in Judge0's units
 * (seconds, kilobytes), and false for the features it does not offer.
 */
export class Judge0ConfigInfoDto {
  @ApiProperty({ example: false }) maintenance_mode!: boolean;
  @ApiProperty({ example: true }) enable_wait_result!: boolean;
  @ApiProperty({ example: false, description: 'compiler_options is not supported.' }) enable_compiler_options!: boolean;
  @ApiProperty({ type: [String], example: [] }) allowed_languages_for_compile_options!: string[];
  @ApiProperty({ example: true }) enable_command_line_arguments!: boolean;
  @ApiProperty({ example: false }) enable_submission_delete!: boolean;
  @ApiProperty({ example: false, description: 'callback_url is not supported.' }) enable_callbacks!: boolean;
  @ApiProperty({ example: 0 }) callbacks_max_tries!: number;
  @ApiProperty({ example: 0 }) callbacks_timeout!: number;
  @ApiProperty({ example: false, description: 'additional_files is not supported.' }) enable_additional_files!: boolean;
  @ApiProperty({ example: 200, description: 'QUEUE_MAX_WAITING_JOBS.' }) max_queue_size!: number;
  @ApiProperty({ example: 10, description: 'Seconds; the language default applies when a submission gives none.' }) cpu_time_limit!: number;
  @ApiProperty({ example: 30 }) max_cpu_time_limit!: number;
  @ApiProperty({ example: 0 }) cpu_extra_time!: number;
  @ApiProperty({ example: 5 }) max_cpu_extra_time!: number;
  @ApiProperty({ example: 10 }) wall_time_limit!: number;
  @ApiProperty({ example: 30 }) max_wall_time_limit!: number;
  @ApiProperty({ example: 131072, description: 'Kilobytes; the language default applies when a submission gives none.' }) memory_limit!: number;
  @ApiProperty({ example: 524288, description: 'SANDBOX_MAX_MEMORY_MB in kilobytes.' }) max_memory_limit!: number;
  @ApiProperty({ example: 8192, description: 'The stack of a program; bounded by its memory, not lowered per submission.' }) stack_limit!: number;
  @ApiProperty({ example: 524288 }) max_stack_limit!: number;
  @ApiProperty({ example: 64, description: 'SANDBOX_PIDS_LIMIT, for every submission.' }) max_processes_and_or_threads!: number;
  @ApiProperty({ example: 64 }) max_max_processes_and_or_threads!: number;
  @ApiProperty({ example: false }) enable_per_process_and_thread_time_limit!: boolean;
  @ApiProperty({ example: false }) allow_enable_per_process_and_thread_time_limit!: boolean;
  @ApiProperty({ example: false }) enable_per_process_and_thread_memory_limit!: boolean;
  @ApiProperty({ example: false }) allow_enable_per_process_and_thread_memory_limit!: boolean;
  @ApiProperty({ example: 16384, description: 'Kilobytes: the largest file a program may write, for every submission.' }) max_file_size!: number;
  @ApiProperty({ example: 16384 }) max_max_file_size!: number;
  @ApiProperty({ example: 1 }) number_of_runs!: number;
  @ApiProperty({ example: 1 }) max_number_of_runs!: number;
  @ApiProperty({ example: false }) redirect_stderr_to_stdout!: boolean;
  @ApiProperty({ example: 0 }) max_extract_size!: number;
  @ApiProperty({ example: true }) enable_batched_submissions!: boolean;
  @ApiProperty({ example: 20 }) max_submission_batch_size!: number;
  @ApiProperty({ example: 0 }) submission_cache_duration!: number;
  @ApiProperty({ example: false }) use_docs_as_homepage!: boolean;
  @ApiProperty({ example: false }) allow_enable_network!: boolean;
  @ApiProperty({ example: false }) enable_network!: boolean;
}
