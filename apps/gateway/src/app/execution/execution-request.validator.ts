import { BadRequestException, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import { SourceFile } from '@ghostide/contracts';
import { LanguageDefinition, LanguageRegistry } from '@ghostide/languages';
import { SubmissionProblems, sourceFilesOf, validateSubmission } from '@ghostide/validation';
import { messagesOf } from '../common/exception-messages';
import { validateDto } from '../common/validate-dto';
import { ExecuteRequestDto } from './dto/execute-request.dto';
import { ValidateRequestDto } from './dto/validate-request.dto';

/** A run request checked once: its language resolved, its files, its limits; nothing left to check. */
export interface CheckedExecution {
  request: ExecuteRequestDto;
  language: LanguageDefinition;
  files: SourceFile[];
  timeoutSeconds: number;
  memoryLimitMb: number;
  compileTimeoutSeconds: number;
  compileMemoryLimitMb: number;
}

/** A /validate request: the submission's own problems are its answer, not a 400. */
export interface CheckedSource {
  language: LanguageDefinition;
  problems: SubmissionProblems;
}

/**
 * The one validation step of every way in (execute, execute/async, validate, Piston, Judge0):
 * the DTO's field rules, the language resolved once from the registry, the submission's
 * checks once, the limits against the language and the deployment. Every problem is
 * listed in one 400 (API.md).
 */
@Injectable()
export class ExecutionRequestValidator {
  private readonly maxMemoryMb: number;
  private readonly compileMemoryMb: number;
  private readonly policy: AppConfig['validation']['policy'];

  constructor(
    private readonly languages: LanguageRegistry,
    config: ConfigService<AppConfig, true>,
  ) {
    this.maxMemoryMb = config.get('sandbox', { infer: true }).maxMemoryMb;
    this.compileMemoryMb = config.get('sandbox', { infer: true }).compileMemoryMb;
    this.policy = config.get('validation', { infer: true }).policy;
  }

  async execution(input: unknown): Promise<CheckedExecution> {
    const { request, language, problems } = await this.check(ExecuteRequestDto, input);
    // Without a language or with a malformed code/files, the rules above already said why.
    const fields = (input ?? {}) as Partial<ExecuteRequestDto>;
    const files = language && wellFormedSource(fields) ? sourceFilesOf(language, fields) : undefined;
    if (language && files) problems.push(...validateSubmission(language, files, this.policy).errors);

    if (!request || !language || !files) throw new BadRequestException(problems);

    // The limits against the language and the deployment, once the DTO found them well-typed and in its range.
    const memoryLimitMb = request.memory_limit_mb ?? language.limits.defaultMemoryMb;
    if (memoryLimitMb > this.maxMemoryMb) {
      problems.push(`memory_limit_mb must not be greater than ${this.maxMemoryMb} (this deployment's maximum)`);
    }
    const timeoutSeconds = request.timeout ?? language.limits.defaultTimeoutS;
    if (timeoutSeconds > language.limits.maxTimeoutS) {
      problems.push(`timeout must not be greater than ${language.limits.maxTimeoutS} for ${language.name}`);
    }
    // The compile limits of a language without a compile stage have nothing to bound: one body fits every language.
    const compileTimeoutSeconds = request.compile_timeout ?? language.limits.compileTimeoutS;
    if (language.compile && compileTimeoutSeconds > language.limits.compileTimeoutS) {
      problems.push(`compile_timeout must not be greater than ${language.limits.compileTimeoutS} for ${language.name}`);
    }
    const compileMemoryLimitMb = request.compile_memory_limit_mb ?? this.compileMemoryMb;
    if (language.compile && compileMemoryLimitMb > this.compileMemoryMb) {
      problems.push(`compile_memory_limit_mb must not be greater than ${this.compileMemoryMb} (this deployment's maximum)`);
    }
    if (problems.length > 0) throw new BadRequestException(problems);
    return { request, language, files, timeoutSeconds, memoryLimitMb, compileTimeoutSeconds, compileMemoryLimitMb };
  }

  async source(input: unknown): Promise<CheckedSource> {
    const { request, language, problems } = await this.check(ValidateRequestDto, input);
    if (problems.length > 0 || !request || !language) throw new BadRequestException(problems);
    return { language, problems: validateSubmission(language, sourceFilesOf(language, request), this.policy) };
  }

  /** The DTO's rules and the language, both reported together. */
  private async check<T extends ValidateRequestDto>(
    dto: new () => T,
    input: unknown,
  ): Promise<{ request?: T; language?: LanguageDefinition; problems: string[] }> {
    const problems: string[] = [];
    let request: T | undefined;
    try {
      request = await validateDto(dto, input);
    } catch (err) {
      if (!(err instanceof BadRequestException)) throw err;
      problems.push(...messagesOf(err));
    }
    const languageId = (input as { language?: unknown } | null)?.language;
    const language = typeof languageId === 'string' ? this.languages.find(languageId) : undefined;
    if (typeof languageId === 'string' && !language) {
      problems.push(`language ${JSON.stringify(languageId)} is not supported; use one of: ${this.languages.names().join(', ')}`);
    }
    return { request, language, problems };
  }
}

/** code alone, or files alone with a name and content each: what sourceFilesOf can read. */
function wellFormedSource(fields: { code?: unknown; files?: unknown }): fields is { code?: string; files?: SourceFile[] } {
  const { code, files } = fields;
  if (typeof code === 'string') return files === undefined;
  return (
    code === undefined &&
    Array.isArray(files) &&
    files.every((file: Partial<SourceFile> | null) => typeof file?.name === 'string' && typeof file?.content === 'string')
  );
}
