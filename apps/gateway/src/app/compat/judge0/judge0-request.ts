import { ExecutionRequest, MAX_EXPECTED_OUTPUT_BYTES, MIN_MEMORY_LIMIT_MB } from '@ghostide/contracts';
import { decodeText } from '../text-encoding';
import { splitCommandLine } from './command-line';
import { Judge0ConfigInfoDto } from './dto/judge0-config-info.dto';
import { Judge0Language } from './judge0-languages';

/**
 * A submission's attributes as Judge0 reports them back (defaults filled in),
 * besides source_code and stdin, which the job itself holds. Kept with the job
 * (ExecutionJobData.compat) for later reads.
 */
export interface Judge0Settings {
  /** null only for a run created through another API in a language Judge0 has no id for. */
  language_id: number | null;
  expected_output: string | null;
  command_line_arguments: string | null;
  number_of_runs: number;
  cpu_time_limit: number;
  cpu_extra_time: number;
  wall_time_limit: number;
  memory_limit: number;
  stack_limit: number;
  max_processes_and_or_threads: number;
  max_file_size: number;
}

/** Judge0's 422 body: the problems of each attribute. */
export type Judge0Errors = Record<string, string[]>;

/** A submission turned into one of our requests, or what is wrong with it. */
export type Judge0Translation = { request: ExecutionRequest; settings: Judge0Settings } | { errors: Judge0Errors };

/** Longest command_line_arguments and compiler_options Judge0 takes. */
const MAX_COMMAND_LINE_LENGTH = 512;

/**
 * Checks a Judge0 submission as Judge0's model does (app/models/submission.rb:
 * every problem of every attribute, Rails' messages) against this deployment's
 * limits (GET /config_info), and turns it into an ExecutionRequest. With
 * base64_encoded, source_code, stdin and expected_output are decoded first.
 *
 * The run's timeout is the smaller of cpu_time_limit (0: none) and
 * wall_time_limit, plus cpu_extra_time, at least our 1 s; the status is still
 * Time Limit Exceeded past the limit itself. What the sandbox fixes for every
 * run (processes, file size, stack) is checked against its values, not lowered.
 */
export function toJudge0Submission(
  body: unknown,
  base64Encoded: boolean,
  languages: Judge0Language[],
  config: Judge0ConfigInfoDto,
): Judge0Translation {
  const fields = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
  const errors: Judge0Errors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);

  const text = (field: string): string | null => {
    const value = fields[field];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') {
      add(field, 'must be a string');
      return null;
    }
    const decoded = base64Encoded ? decodeText(value, 'base64') : { text: value };
    if ('problem' in decoded) add(field, decoded.problem);
    return 'text' in decoded ? decoded.text : null;
  };

  const number = (field: string, rule: { min: number; above?: boolean; max: number; integer?: boolean }): number | undefined => {
    const value = fields[field];
    if (value === undefined || value === null || value === '') return undefined;
    const parsed = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(parsed)) {
      add(field, 'is not a number');
      return undefined;
    }
    // Rails casts a decimal given for an integer column by truncation.
    const number = rule.integer ? Math.trunc(parsed) : parsed;
    if (rule.above ? number <= rule.min : number < rule.min) {
      add(field, `must be greater than ${rule.above ? '' : 'or equal to '}${rule.min}`);
    } else if (number > rule.max) {
      add(field, `must be less than or equal to ${rule.max}`);
    }
    return number;
  };

  const sourceCode = text('source_code');
  if (sourceCode === null || sourceCode.trim() === '') {
    if (!errors['source_code']) add('source_code', "can't be blank");
  }
  const stdin = text('stdin');
  const expectedOutput = text('expected_output');
  // Kept with the job in Redis until its result expires: bounded like stdin, not only by the 4 MB body.
  if (expectedOutput !== null && Buffer.byteLength(expectedOutput) > MAX_EXPECTED_OUTPUT_BYTES) {
    add('expected_output', `is too long (maximum is ${MAX_EXPECTED_OUTPUT_BYTES} bytes)`);
  }

  const languageId = fields['language_id'];
  const language = languages.find((candidate) => languageId !== '' && candidate.id === Number(languageId));
  if (languageId === undefined || languageId === null || languageId === '') add('language_id', "can't be blank");
  else if (!language) add('language_id', `language with id ${String(languageId)} doesn't exist`);

  const cpuTimeLimit = number('cpu_time_limit', { min: 0, max: config.max_cpu_time_limit });
  const cpuExtraTime = number('cpu_extra_time', { min: 0, max: config.max_cpu_extra_time });
  const wallTimeLimit = number('wall_time_limit', { min: 1, max: config.max_wall_time_limit });
  const memoryLimit = number('memory_limit', { min: 2048, max: config.max_memory_limit, integer: true });
  const stackLimit = number('stack_limit', { min: 0, max: config.max_stack_limit, integer: true });
  const processes = number('max_processes_and_or_threads', { min: 0, above: true, max: config.max_max_processes_and_or_threads, integer: true });
  const maxFileSize = number('max_file_size', { min: 0, max: config.max_max_file_size, integer: true });
  const numberOfRuns = number('number_of_runs', { min: 0, above: true, max: config.max_number_of_runs, integer: true });

  // What Judge0 lets an admin switch off, switched off here, with Judge0's own messages.
  const refusals: [field: string, refused: boolean, message: string][] = [
    ['compiler_options', !isBlank(fields['compiler_options']), 'setting compiler options is not allowed'],
    ['callback_url', !isBlank(fields['callback_url']), 'setting callback is not allowed'],
    ['additional_files', !isBlank(fields['additional_files']), 'setting additional files is not allowed'],
    ['enable_network', isTrue(fields['enable_network']), 'enabling network is not allowed'],
    ['enable_per_process_and_thread_time_limit', isTrue(fields['enable_per_process_and_thread_time_limit']), 'this option cannot be enabled'],
    ['enable_per_process_and_thread_memory_limit', isTrue(fields['enable_per_process_and_thread_memory_limit']), 'this option cannot be enabled'],
    ['redirect_stderr_to_stdout', isTrue(fields['redirect_stderr_to_stdout']), 'redirecting stderr to stdout is not supported'],
  ];
  for (const [field, refused, message] of refusals) if (refused) add(field, message);

  const commandLine = fields['command_line_arguments'];
  let args: string[] = [];
  if (commandLine !== undefined && commandLine !== null) {
    if (typeof commandLine !== 'string') add('command_line_arguments', 'must be a string');
    else if (commandLine.length > MAX_COMMAND_LINE_LENGTH) add('command_line_arguments', `is too long (maximum is ${MAX_COMMAND_LINE_LENGTH} characters)`);
    else {
      const words = splitCommandLine(commandLine);
      if (words) args = words;
      else add('command_line_arguments', 'has a quote that is not closed');
    }
  }

  if (Object.keys(errors).length > 0 || !language || sourceCode === null) return { errors };

  const { defaultTimeoutS, maxTimeoutS, defaultMemoryMb } = language.definition.limits;
  const settings: Judge0Settings = {
    language_id: language.id,
    expected_output: expectedOutput,
    command_line_arguments: (commandLine as string | undefined) ?? null,
    number_of_runs: numberOfRuns ?? config.number_of_runs,
    cpu_time_limit: cpuTimeLimit ?? defaultTimeoutS,
    cpu_extra_time: cpuExtraTime ?? config.cpu_extra_time,
    wall_time_limit: wallTimeLimit ?? defaultTimeoutS,
    memory_limit: memoryLimit ?? defaultMemoryMb * 1024,
    stack_limit: stackLimit ?? config.stack_limit,
    max_processes_and_or_threads: processes ?? config.max_processes_and_or_threads,
    max_file_size: maxFileSize ?? config.max_file_size,
  };
  const request: ExecutionRequest = {
    language: language.definition.id,
    code: sourceCode,
    stdin: stdin ?? '',
    args,
    timeout: Math.min(maxTimeoutS, Math.max(1, timeLimitSeconds(settings) + settings.cpu_extra_time)),
    memory_limit_mb: Math.max(MIN_MEMORY_LIMIT_MB, Math.ceil(settings.memory_limit / 1024)),
  };
  return { request, settings };
}

/** The time a run may take before it is Time Limit Exceeded: the smaller of the CPU (0: none) and wall-clock limits. */
export function timeLimitSeconds(settings: Pick<Judge0Settings, 'cpu_time_limit' | 'wall_time_limit'>): number {
  return Math.min(settings.cpu_time_limit > 0 ? settings.cpu_time_limit : Infinity, settings.wall_time_limit);
}

/** Rails' blank?: nothing, an empty or whitespace string, false, an empty array or object. */
function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** Rails' boolean cast: anything but nothing and its false values is true. */
function isTrue(value: unknown): boolean {
  return !isBlank(value) && ![0, '0', 'f', 'F', 'false', 'FALSE', 'off', 'OFF'].includes(value as string | number);
}
