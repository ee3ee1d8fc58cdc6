import { BadRequestException, HttpException, Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import { TaskStatus } from '@ghostide/contracts';
import { LanguageRegistry } from '@ghostide/languages';
import { ExecutionQueue } from '@ghostide/queue';
import { CheckedExecution, ExecutionRequestValidator } from '../../execution/execution-request.validator';
import { ExecutionService } from '../../execution/execution.service';
import { toolchainVersions } from '../../languages/toolchain-versions';
import { messagesOf } from '../../common/exception-messages';
import { Judge0ConfigInfoDto } from './dto/judge0-config-info.dto';
import { Judge0ErrorDto, Judge0LanguageDetailDto } from './dto/judge0-info.dto';
import { Judge0BatchDto, Judge0SubmissionDto, Judge0TokenDto } from './dto/judge0-submission.dto';
import { judge0ConfigInfo, JUDGE0_MAX_BATCH_SIZE } from './judge0-config';
import { Judge0UnprocessableException } from './judge0-error.filter';
import { Judge0Language, judge0Languages } from './judge0-languages';
import { Judge0Errors, Judge0Settings, toJudge0Submission } from './judge0-request';
import { Judge0Field, Judge0LanguageNames, judge0SettingsOf, judge0Submission, requestedFields } from './judge0-submission';

/** The query parameters of Judge0's submission routes (a repeated one is an array). */
export type Judge0Query = Partial<Record<'base64_encoded' | 'wait' | 'fields' | 'tokens', unknown>>;

/** A submission checked and ready to queue, or what is wrong with it. */
type CheckedSubmission = { execution: CheckedExecution; settings: Judge0Settings } | { errors: Judge0Errors };

/**
 * Judge0's submissions on our service: every submission is translated, then
 * validated and run through ExecutionService like our own requests. Tokens
 * are our task ids; the Judge0 attributes a submission was created with travel
 * with its job, so any gateway answers its reads.
 */
@Injectable()
export class Judge0Service {
  readonly configInfo: Judge0ConfigInfoDto;

  constructor(
    private readonly executions: ExecutionService,
    private readonly requests: ExecutionRequestValidator,
    private readonly languageRegistry: LanguageRegistry,
    private readonly executionQueue: ExecutionQueue,
    config: ConfigService<AppConfig, true>,
  ) {
    this.configInfo = judge0ConfigInfo({ queue: config.get('queue', { infer: true }), sandbox: config.get('sandbox', { infer: true }) });
  }

  /** The Judge0 ids we serve, named with the versions the live workers report. */
  async languages(): Promise<Judge0Language[]> {
    return judge0Languages(this.languageRegistry.languages, await toolchainVersions(this.executionQueue));
  }

  /** GET /languages/{id}: the language with the commands it runs (for source_file source_code is written to). */
  async language(id: string): Promise<Judge0LanguageDetailDto> {
    const language = (await this.languages()).find((candidate) => String(candidate.id) === id);
    if (!language) throw new NotFoundException(`language with id ${id} doesn't exist`);
    const { definition } = language;
    const context = { files: [{ name: definition.defaultFileName, content: '' }], args: [] };
    return {
      id: language.id,
      name: language.name,
      is_archived: false,
      source_file: definition.defaultFileName,
      compile_cmd: definition.compile ? definition.compile(context).join(' ') : null,
      run_cmd: definition.run(context).join(' '),
    };
  }

  /** POST /submissions: queued (201 {token}), or run and answered whole with wait=true. */
  async create(body: unknown, query: Judge0Query): Promise<Judge0SubmissionDto | Judge0TokenDto> {
    const fields = this.fieldsOf(query);
    const base64Encoded = param(query.base64_encoded) === 'true';
    const languages = await this.languages();
    const submission = await this.check(body, base64Encoded, languages);
    if ('errors' in submission) throw new Judge0UnprocessableException(submission.errors);
    const compat = { judge0: submission.settings };
    if (param(query.wait) !== 'true') return { token: (await this.executions.executeAsync(submission.execution, compat)).task_id };

    const createdAt = new Date().toISOString();
    const result = await this.executions.execute(submission.execution, compat);
    const task: TaskStatus = {
      task_id: result.execution_id,
      status: 'completed',
      progress: 100,
      stage: 'finished',
      result,
      created_at: createdAt,
      finished_at: new Date().toISOString(),
    };
    const source = { task, sourceCode: submission.execution.request.code ?? '', stdin: submission.execution.request.stdin ?? '', settings: submission.settings };
    return judge0Submission(source, fields, base64Encoded, namesOf(languages));
  }

  /**
   * POST /submissions/batch: each submission queued, or its problems in its
   * place; 422 when none is valid. Room for all of them in the queue is checked
   * first, so that a batch is refused whole (503) rather than queued in part.
   */
  async createBatch(body: unknown, query: Judge0Query): Promise<(Judge0TokenDto | Judge0Errors | Judge0ErrorDto)[]> {
    const bodies = (body as { submissions?: unknown } | null)?.submissions;
    const count = Array.isArray(bodies) ? bodies.length : 0;
    this.checkBatchSize(count);
    const base64Encoded = param(query.base64_encoded) === 'true';
    const languages = await this.languages();
    const submissions = await Promise.all((bodies as unknown[]).map((one) => this.check(one, base64Encoded, languages)));
    const valid = submissions.filter((submission) => 'execution' in submission).length;
    if (valid === 0) throw new Judge0UnprocessableException(submissions.map((submission) => (submission as { errors: Judge0Errors }).errors));

    await this.executions.checkCapacity(valid);
    const answers: (Judge0TokenDto | Judge0Errors | Judge0ErrorDto)[] = [];
    for (const submission of submissions) {
      if ('errors' in submission) {
        answers.push(submission.errors);
        continue;
      }
      try {
        answers.push({ token: (await this.executions.executeAsync(submission.execution, { judge0: submission.settings })).task_id });
      } catch (err) {
        // Another client took the queue's last places meanwhile: this one is refused, those queued stay.
        if (!(err instanceof HttpException)) throw err;
        answers.push({ error: messagesOf(err).join('; ') });
      }
    }
    return answers;
  }

  /** GET /submissions/{token}. */
  async get(token: string, query: Judge0Query): Promise<Judge0SubmissionDto> {
    const fields = this.fieldsOf(query);
    const [submission] = await this.read([token], fields, param(query.base64_encoded) === 'true');
    if (!submission) throw new NotFoundException(`submission with token ${token} not found (unknown, or its result has expired)`);
    return submission;
  }

  /** GET /submissions/batch?tokens=…: in the order of the tokens, null for an unknown one. */
  async getBatch(query: Judge0Query): Promise<Judge0BatchDto> {
    const fields = this.fieldsOf(query);
    const tokens = (param(query.tokens) ?? '').trim().split(',').filter((token) => token !== '');
    this.checkBatchSize(tokens.length);
    return { submissions: await this.read(tokens, fields, param(query.base64_encoded) === 'true') };
  }

  private async read(tokens: string[], fields: Judge0Field[], base64Encoded: boolean): Promise<(Judge0SubmissionDto | null)[]> {
    const names = namesOf(await this.languages());
    const details = await Promise.all(tokens.map((token) => this.executions.getTaskDetail(token)));
    return details.map((detail) => {
      if (!detail) return null;
      const { task, data } = detail;
      const source = { task, sourceCode: data.files[0]?.content ?? '', stdin: data.stdin, settings: judge0SettingsOf(data, this.configInfo, this.languageRegistry.find(data.languageId)) };
      return judge0Submission(source, fields, base64Encoded, names);
    });
  }

  /** Judge0's checks, then our own validation of the request it becomes; its problems named by Judge0 attribute. */
  private async check(body: unknown, base64Encoded: boolean, languages: Judge0Language[]): Promise<CheckedSubmission> {
    const translation = toJudge0Submission(body, base64Encoded, languages, this.configInfo);
    if ('errors' in translation) return translation;
    try {
      return { execution: await this.requests.execution(translation.request), settings: translation.settings };
    } catch (err) {
      if (!(err instanceof BadRequestException)) throw err;
      return { errors: judge0ErrorsOf(messagesOf(err)) };
    }
  }

  private fieldsOf(query: Judge0Query): Judge0Field[] {
    const fields = requestedFields(param(query.fields));
    if ('invalid' in fields) throw new BadRequestException(`invalid fields: [${fields.invalid.join(', ')}]`);
    return fields.fields;
  }

  private checkBatchSize(count: number): void {
    if (count === 0) throw new BadRequestException('there should be at least one submission in a batch');
    if (count > JUDGE0_MAX_BATCH_SIZE) {
      throw new BadRequestException(`number of submissions in a batch should be less than or equal to ${JUDGE0_MAX_BATCH_SIZE}`);
    }
  }
}

/** A query parameter's value: the first of a repeated one. */
function param(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

function namesOf(languages: Judge0Language[]): Judge0LanguageNames {
  return (id) => languages.find((language) => language.id === id)?.name;
}

/** Which Judge0 attribute each field of our request comes from. */
const JUDGE0_FIELD_OF = new Map<string, string>([
  ['language', 'language_id'],
  ['code', 'source_code'],
  ['files', 'source_code'],
  ['stdin', 'stdin'],
  ['args', 'command_line_arguments'],
  ['timeout', 'cpu_time_limit'],
  ['memory_limit_mb', 'memory_limit'],
]);

/**
 * Our validation's messages by the Judge0 attribute they are about: a message
 * names its field first ("stdin may have at most…", "each value in args…");
 * the others (size, a Java class without main, …) are about the source.
 */
export function judge0ErrorsOf(messages: string[]): Judge0Errors {
  const errors: Judge0Errors = {};
  for (const message of messages) {
    const field = JUDGE0_FIELD_OF.get(/^(?:each value in )?([a-z_]+)/.exec(message)?.[1] ?? '') ?? 'source_code';
    (errors[field] ??= []).push(message);
  }
  return errors;
}
