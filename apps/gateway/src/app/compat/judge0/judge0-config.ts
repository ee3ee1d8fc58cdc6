import type { AppConfig } from '@ghostide/config';
import { DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIMEOUT_SECONDS, MAX_FILE_BYTES, MAX_TIMEOUT_SECONDS } from '@ghostide/contracts';
import { Judge0ConfigInfoDto } from './dto/judge0-config-info.dto';

/** Submissions one batch may hold (Judge0's default MAX_SUBMISSION_BATCH_SIZE). */
export const JUDGE0_MAX_BATCH_SIZE = 20;

/** Seconds a run may go on past its limit before it is stopped (Judge0's default maximum). */
const MAX_CPU_EXTRA_TIME_SECONDS = 5;

/** The soft stack limit a sandboxed program starts with (its hard limit is unlimited: memory bounds it). */
const STACK_KB = 8192;

/**
 * This deployment as Judge0's GET /config_info describes one: our limits in
 * Judge0's units (seconds, kilobytes) and what we do not offer switched off.
 * Requests are checked against these same values (judge0-request.ts).
 */
export function judge0ConfigInfo(config: Pick<AppConfig, 'queue' | 'sandbox'>): Judge0ConfigInfoDto {
  const maxMemoryKb = config.sandbox.maxMemoryMb * 1024;
  return {
    maintenance_mode: false,
    enable_wait_result: true,
    enable_compiler_options: false,
    allowed_languages_for_compile_options: [],
    enable_command_line_arguments: true,
    enable_submission_delete: false,
    enable_callbacks: false,
    callbacks_max_tries: 0,
    callbacks_timeout: 0,
    enable_additional_files: false,
    max_queue_size: config.queue.maxWaitingJobs,
    cpu_time_limit: DEFAULT_TIMEOUT_SECONDS,
    max_cpu_time_limit: MAX_TIMEOUT_SECONDS,
    cpu_extra_time: 0,
    max_cpu_extra_time: MAX_CPU_EXTRA_TIME_SECONDS,
    wall_time_limit: DEFAULT_TIMEOUT_SECONDS,
    max_wall_time_limit: MAX_TIMEOUT_SECONDS,
    memory_limit: DEFAULT_MEMORY_LIMIT_MB * 1024,
    max_memory_limit: maxMemoryKb,
    stack_limit: STACK_KB,
    max_stack_limit: maxMemoryKb,
    max_processes_and_or_threads: config.sandbox.pidsLimit,
    max_max_processes_and_or_threads: config.sandbox.pidsLimit,
    enable_per_process_and_thread_time_limit: false,
    allow_enable_per_process_and_thread_time_limit: false,
    enable_per_process_and_thread_memory_limit: false,
    allow_enable_per_process_and_thread_memory_limit: false,
    max_file_size: MAX_FILE_BYTES / 1024,
    max_max_file_size: MAX_FILE_BYTES / 1024,
    number_of_runs: 1,
    max_number_of_runs: 1,
    redirect_stderr_to_stdout: false,
    max_extract_size: 0,
    enable_batched_submissions: true,
    max_submission_batch_size: JUDGE0_MAX_BATCH_SIZE,
    submission_cache_duration: 0,
    use_docs_as_homepage: false,
    allow_enable_network: false,
    enable_network: false,
  };
}
