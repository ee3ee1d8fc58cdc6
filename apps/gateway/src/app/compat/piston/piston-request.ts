import { BadRequestException } from '@nestjs/common';
import { ExecutionRequest, MIN_MEMORY_LIMIT_MB, SourceFile } from '@ghostide/contracts';
import { decodeText, TextEncoding } from '../text-encoding';
import { findPistonRuntime, PistonRuntime } from './piston-runtimes';

/** A Piston request turned into one of ours, with the runtime it asked for. */
export interface PistonJob {
  runtime: PistonRuntime;
  request: ExecutionRequest;
}

const MB = 1024 * 1024;

/** Piston's limit fields, in the order Piston checks them (api/src/api/v2.js). */
const LIMIT_FIELDS = [
  'compile_memory_limit',
  'run_memory_limit',
  'compile_timeout',
  'run_timeout',
  'compile_cpu_time',
  'run_cpu_time',
] as const;
type LimitField = (typeof LIMIT_FIELDS)[number];

/** The deployment's memory maxima a Piston request is checked against: the run's and the compile's. */
export interface PistonMemoryLimits {
  maxMemoryMb: number;
  compileMemoryMb: number;
}

/**
 * Turns the body of Piston's POST /api/v2/execute into an ExecutionRequest, with
 * Piston's checks in Piston's order and its messages (400 naming the first
 * problem); the request then goes through our own validation like any other.
 *
 * Limits map onto ours and never above them: run_timeout and run_cpu_time (ms)
 * give the run's timeout (the smaller of the two, at least our 1 s);
 * run_memory_limit (bytes) its memory (at least our minimum). -1, 0 or absent
 * leave our defaults. For a compiled language, compile_timeout and
 * compile_cpu_time (ms) give the compile's timeout the same way, and
 * compile_memory_limit (bytes) its memory; for the others they are not checked,
 * as Piston skips a limit of 0.
 */
export function toPistonJob(body: unknown, runtimes: PistonRuntime[], memory: PistonMemoryLimits): PistonJob {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { language, version, files } = fields;
  if (typeof language !== 'string' || language === '') throw badRequest('language is required as a string');
  if (typeof version !== 'string' || version === '') throw badRequest('version is required as a string');
  if (!Array.isArray(files)) throw badRequest('files is required as an array');
  files.forEach((file: { content?: unknown } | null, index) => {
    if (typeof file?.content !== 'string') throw badRequest(`files[${index}].content is required as a string`);
  });

  const runtime = findPistonRuntime(runtimes, language, version);
  if (!runtime) throw badRequest(`${language}-${version} runtime is unknown`);

  const sources = sourceFiles(files as PistonFile[], runtime.definition.defaultFileName);
  const limits = checkLimits(fields, runtime, memory);
  const request: ExecutionRequest = {
    language: runtime.definition.id,
    files: sources,
    stdin: withFinalNewline(fields['stdin'] ?? ''),
    args: (fields['args'] ?? []) as string[],
  };
  const runMs = [limits.run_timeout, limits.run_cpu_time].filter((ms): ms is number => ms !== undefined);
  if (runMs.length > 0) request.timeout = Math.max(1, Math.min(...runMs) / 1000);
  if (limits.run_memory_limit !== undefined) {
    request.memory_limit_mb = Math.max(MIN_MEMORY_LIMIT_MB, Math.ceil(limits.run_memory_limit / MB));
  }
  if (runtime.definition.compile) {
    const compileMs = [limits.compile_timeout, limits.compile_cpu_time].filter((ms): ms is number => ms !== undefined);
    if (compileMs.length > 0) request.compile_timeout = Math.max(1, Math.min(...compileMs) / 1000);
    if (limits.compile_memory_limit !== undefined) {
      request.compile_memory_limit_mb = Math.max(MIN_MEMORY_LIMIT_MB, Math.floor(limits.compile_memory_limit / MB));
    }
  }
  return { runtime, request };
}

interface PistonFile {
  name?: unknown;
  content: string;
  encoding?: unknown;
}

/** The limits given, checked as Piston checks them: a number, at most ours, not negative; falsy ones are not given. */
function checkLimits(fields: Record<string, unknown>, runtime: PistonRuntime, memory: PistonMemoryLimits): Partial<Record<LimitField, number>> {
  const { maxTimeoutS, compileTimeoutS } = runtime.definition.limits;
  const maxima: Record<LimitField, number> = {
    compile_memory_limit: runtime.definition.compile ? memory.compileMemoryMb * MB : 0,
    run_memory_limit: memory.maxMemoryMb * MB,
    compile_timeout: compileTimeoutS * 1000,
    run_timeout: maxTimeoutS * 1000,
    compile_cpu_time: compileTimeoutS * 1000,
    run_cpu_time: maxTimeoutS * 1000,
  };
  const given: Partial<Record<LimitField, number>> = {};
  for (const field of LIMIT_FIELDS) {
    const value = fields[field];
    // -1 is Piston's documented "no limit" for memory, and what piston-client sends by default: our default.
    if (!value || (field.endsWith('memory_limit') && value === -1)) continue;
    if (typeof value !== 'number') throw badRequest(`If specified, ${field} must be a number`);
    // As Piston: a limit of 0 (interpreted languages have no compile stage) checks nothing.
    if (maxima[field] <= 0) continue;
    if (value > maxima[field]) throw badRequest(`${field} cannot exceed the configured limit of ${maxima[field]}`);
    if (value < 0) throw badRequest(`${field} must be non-negative`);
    given[field] = value;
  }
  return given;
}

/**
 * The files in our shape. The first utf8 file is the one Piston runs, so it goes
 * first; base64 and hex files are decoded. A file without a name gets the
 * language's default name when it is the entry file (its extension says what it
 * is), and Piston's file<i>.code otherwise.
 */
function sourceFiles(files: PistonFile[], defaultEntryName: string): SourceFile[] {
  const decoded = files.map((file, index) => {
    const encoding = encodingOf(file.encoding);
    const content = decodeText(file.content, encoding);
    if ('problem' in content) throw badRequest(`files[${index}].content ${content.problem}`);
    return { index, encoding, name: file.name, content: content.text };
  });
  const entry = decoded.find((file) => file.encoding === 'utf8');
  if (!entry) throw badRequest('files must include at least one utf8 encoded file');
  return [entry, ...decoded.filter((file) => file !== entry)].map((file) => ({
    name: (file.name || (file === entry ? defaultEntryName : `file${file.index}.code`)) as string,
    content: file.content,
  }));
}

/** As Piston: base64 and hex as given, anything else utf8. */
function encodingOf(value: unknown): TextEncoding {
  return value === 'base64' || value === 'hex' ? value : 'utf8';
}

/** Piston ends stdin with a newline when it has none; anything but a string is left for our validation to name. */
function withFinalNewline(stdin: unknown): string {
  return typeof stdin === 'string' && !stdin.endsWith('\n') ? `${stdin}\n` : (stdin as string);
}

function badRequest(message: string): BadRequestException {
  return new BadRequestException(message);
}
