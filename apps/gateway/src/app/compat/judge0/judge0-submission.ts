import { ExecutionJobData, ExecutionStatus, TaskStatus } from '@ghostide/contracts';
import { LanguageDefinition } from '@ghostide/languages';
import { signalNumber } from '../signal-number';
import { encodeBase64 } from '../text-encoding';
import { Judge0ConfigInfoDto } from './dto/judge0-config-info.dto';
import { Judge0SubmissionDto } from './dto/judge0-submission.dto';
import { primaryJudge0Id } from './judge0-languages';
import { Judge0Settings, timeLimitSeconds } from './judge0-request';
import { judge0Outcome } from './judge0-status';

/** Attributes of a Judge0 1.13.1 submission: its table's columns (db/schema.rb) in order, then status and language. */
export const JUDGE0_SUBMISSION_FIELDS = [
  'source_code',
  'language_id',
  'stdin',
  'expected_output',
  'stdout',
  'status_id',
  'created_at',
  'finished_at',
  'time',
  'memory',
  'stderr',
  'token',
  'number_of_runs',
  'cpu_time_limit',
  'cpu_extra_time',
  'wall_time_limit',
  'memory_limit',
  'stack_limit',
  'max_processes_and_or_threads',
  'enable_per_process_and_thread_time_limit',
  'enable_per_process_and_thread_memory_limit',
  'max_file_size',
  'compile_output',
  'exit_code',
  'exit_signal',
  'message',
  'wall_time',
  'compiler_options',
  'command_line_arguments',
  'redirect_stderr_to_stdout',
  'callback_url',
  'additional_files',
  'enable_network',
  'status',
  'language',
] as const;

/** One attribute of a Judge0 submission. */
export type Judge0Field = (typeof JUDGE0_SUBMISSION_FIELDS)[number];

/** What a read answers without `fields` (SubmissionSerializer.default_fields). */
export const JUDGE0_DEFAULT_FIELDS: Judge0Field[] = ['token', 'time', 'memory', 'stdout', 'stderr', 'compile_output', 'message', 'status'];

/** Text attributes, sent in Base64 with base64_encoded=true. */
const TEXT_FIELDS = new Set<Judge0Field>(['source_code', 'stdin', 'expected_output', 'stdout', 'stderr', 'compile_output', 'message']);

/**
 * The attributes a `fields` parameter asks for, as Judge0 reads it
 * (app/services/fields/submission.rb): comma-separated names, `*` for all,
 * none for the defaults; or the names it does not know.
 */
export function requestedFields(fields: unknown): { fields: Judge0Field[] } | { invalid: string[] } {
  const names = (typeof fields === 'string' ? fields : '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const invalid = names.filter((name) => name !== '*' && !(JUDGE0_SUBMISSION_FIELDS as readonly string[]).includes(name));
  if (invalid.length > 0) return { invalid };
  if (names.includes('*')) return { fields: [...JUDGE0_SUBMISSION_FIELDS] };
  return { fields: names.length > 0 ? (names as Judge0Field[]) : JUDGE0_DEFAULT_FIELDS };
}

/** Everything a submission is read from: the task, what was run, and the Judge0 attributes it was created with. */
export interface Judge0SubmissionSource {
  task: TaskStatus;
  sourceCode: string;
  stdin: string;
  settings: Judge0Settings;
}

/** How a submission's language is named in GET /languages. */
export type Judge0LanguageNames = (id: number) => string | undefined;

/**
 * A submission with the attributes asked for, in Judge0's units and forms:
 * seconds as decimal strings ("0.021"), kilobytes, empty output as null, and
 * every text attribute in Base64 with base64_encoded. time is the run's
 * wall-clock time: the sandbox does not measure CPU time apart.
 */
export function judge0Submission(
  source: Judge0SubmissionSource,
  fields: Judge0Field[],
  base64Encoded: boolean,
  languageNames: Judge0LanguageNames,
): Judge0SubmissionDto {
  const { task, settings } = source;
  const outcome = judge0Outcome(task, settings.expected_output, timeLimitSeconds(settings));
  const result = task.status === 'completed' ? task.result : undefined;
  const ran = result && result.status !== ExecutionStatus.CompileError && result.status !== ExecutionStatus.InternalError ? result : undefined;
  const all: Required<Judge0SubmissionDto> = {
    source_code: source.sourceCode,
    language_id: settings.language_id,
    stdin: source.stdin || null,
    expected_output: settings.expected_output,
    stdout: ran?.stdout || null,
    status_id: outcome.status.id,
    created_at: task.created_at,
    finished_at: task.finished_at ?? null,
    time: ran ? decimal(ran.execution_time_ms / 1000) : null,
    memory: ran?.memory_usage_kb ?? null,
    stderr: ran?.stderr || null,
    token: task.task_id,
    number_of_runs: settings.number_of_runs,
    cpu_time_limit: decimal(settings.cpu_time_limit),
    cpu_extra_time: decimal(settings.cpu_extra_time),
    wall_time_limit: decimal(settings.wall_time_limit),
    memory_limit: settings.memory_limit,
    stack_limit: settings.stack_limit,
    max_processes_and_or_threads: settings.max_processes_and_or_threads,
    enable_per_process_and_thread_time_limit: false,
    enable_per_process_and_thread_memory_limit: false,
    max_file_size: settings.max_file_size,
    compile_output: result?.compile_output || null,
    exit_code: ran ? (ran.exit_code ?? 0) : null,
    exit_signal: ran?.signal ? (signalNumber(ran.signal) ?? null) : null,
    message: outcome.message,
    wall_time: ran ? decimal(ran.execution_time_ms / 1000) : null,
    compiler_options: null,
    command_line_arguments: settings.command_line_arguments,
    redirect_stderr_to_stdout: false,
    callback_url: null,
    additional_files: null,
    enable_network: false,
    status: outcome.status,
    language: settings.language_id === null ? null : { id: settings.language_id, name: languageNames(settings.language_id) ?? '' },
  };
  const submission: Record<string, unknown> = {};
  for (const field of JUDGE0_SUBMISSION_FIELDS.filter((name) => fields.includes(name))) {
    const value = all[field];
    submission[field] = base64Encoded && TEXT_FIELDS.has(field) && typeof value === 'string' ? encodeBase64(value) : value;
  }
  return submission as Judge0SubmissionDto;
}

/**
 * The Judge0 attributes of a queued job: those it was created with through
 * Judge0, or, for a run created through another API, the ones that describe it.
 */
export function judge0SettingsOf(data: ExecutionJobData, config: Judge0ConfigInfoDto, language: LanguageDefinition | undefined): Judge0Settings {
  const kept = data.compat?.['judge0'] as Judge0Settings | undefined;
  if (typeof kept?.language_id === 'number') return kept;
  return {
    language_id: primaryJudge0Id(language),
    expected_output: null,
    command_line_arguments: null,
    number_of_runs: 1,
    cpu_time_limit: data.timeoutSeconds,
    cpu_extra_time: 0,
    wall_time_limit: data.timeoutSeconds,
    memory_limit: data.memoryLimitMb * 1024,
    stack_limit: config.stack_limit,
    max_processes_and_or_threads: config.max_processes_and_or_threads,
    max_file_size: config.max_file_size,
  };
}

/** A number as Rails renders a decimal column: "10.0", "0.021". */
function decimal(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}
