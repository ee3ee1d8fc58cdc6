/**
 * The requests of judge0-python, the official Judge0 SDK (github.com/judge0/judge0-python,
 * src/judge0), ported to TypeScript for judge0.int-spec.ts: PyPI is not reachable here
 * and npm has no Judge0 client, so the SDK itself cannot run. Each function says which
 * SDK code it mirrors; it sends what the SDK sends and reads the answer as the SDK reads
 * it (raise_for_status, the pydantic models, set_attributes), failing where the SDK would.
 */

/** LanguageAlias members the tests use (base_types.py). */
export type LanguageAlias = 'PYTHON' | 'JAVASCRIPT' | 'JAVA' | 'CPP';

/**
 * LANGUAGE_TO_LANGUAGE_ID of data.py, for the aliases above: the table for each
 * version GET /about may report. An unsupported version fails as the SDK's KeyError.
 */
const LANGUAGE_TO_LANGUAGE_ID: Record<string, Record<LanguageAlias, number>> = {
  '1.13.1': { PYTHON: 71, JAVASCRIPT: 63, JAVA: 62, CPP: 52 },
  '1.14.0': { PYTHON: 113, JAVASCRIPT: 102, JAVA: 62, CPP: 105 },
};

/** Status (base_types.py). */
export enum Status {
  IN_QUEUE = 1,
  PROCESSING = 2,
  ACCEPTED = 3,
  WRONG_ANSWER = 4,
  TIME_LIMIT_EXCEEDED = 5,
  COMPILATION_ERROR = 6,
  RUNTIME_ERROR_SIGSEGV = 7,
  RUNTIME_ERROR_SIGXFSZ = 8,
  RUNTIME_ERROR_SIGFPE = 9,
  RUNTIME_ERROR_SIGABRT = 10,
  RUNTIME_ERROR_NZEC = 11,
  RUNTIME_ERROR_OTHER = 12,
  INTERNAL_ERROR = 13,
  EXEC_FORMAT_ERROR = 14,
}

/** Config's fields and their pydantic types (base_types.py): Client(**) fails when one is missing or of another type. */
const CONFIG_FIELDS: Record<string, 'bool' | 'int' | 'float' | 'list[str]'> = {
  allow_enable_network: 'bool',
  allow_enable_per_process_and_thread_memory_limit: 'bool',
  allow_enable_per_process_and_thread_time_limit: 'bool',
  allowed_languages_for_compile_options: 'list[str]',
  callbacks_max_tries: 'int',
  callbacks_timeout: 'float',
  cpu_extra_time: 'float',
  cpu_time_limit: 'float',
  enable_additional_files: 'bool',
  enable_batched_submissions: 'bool',
  enable_callbacks: 'bool',
  enable_command_line_arguments: 'bool',
  enable_compiler_options: 'bool',
  enable_network: 'bool',
  enable_per_process_and_thread_memory_limit: 'bool',
  enable_per_process_and_thread_time_limit: 'bool',
  enable_submission_delete: 'bool',
  enable_wait_result: 'bool',
  maintenance_mode: 'bool',
  max_cpu_extra_time: 'float',
  max_cpu_time_limit: 'float',
  max_extract_size: 'int',
  max_file_size: 'int',
  max_max_file_size: 'int',
  max_max_processes_and_or_threads: 'int',
  max_memory_limit: 'int',
  max_number_of_runs: 'int',
  max_processes_and_or_threads: 'int',
  max_queue_size: 'int',
  max_stack_limit: 'int',
  max_submission_batch_size: 'int',
  max_wall_time_limit: 'float',
  memory_limit: 'int',
  number_of_runs: 'int',
  redirect_stderr_to_stdout: 'bool',
  stack_limit: 'int',
  submission_cache_duration: 'float',
  use_docs_as_homepage: 'bool',
  wall_time_limit: 'float',
};

/** submission.py: the request attributes sent in Base64, the extra ones sent as they are, and how answers are read. */
const ENCODED_REQUEST_FIELDS = ['source_code', 'additional_files', 'stdin', 'expected_output'] as const;
const ENCODED_FIELDS = new Set<string>([...ENCODED_REQUEST_FIELDS, 'stdout', 'stderr', 'compile_output']);
const EXTRA_REQUEST_FIELDS = [
  'compiler_options',
  'command_line_arguments',
  'cpu_time_limit',
  'cpu_extra_time',
  'wall_time_limit',
  'memory_limit',
  'stack_limit',
  'max_processes_and_or_threads',
  'enable_per_process_and_thread_time_limit',
  'enable_per_process_and_thread_memory_limit',
  'max_file_size',
  'redirect_stderr_to_stdout',
  'enable_network',
  'number_of_runs',
  'callback_url',
] as const;
const SKIP_FIELDS = new Set(['language_id', 'language', 'status_id']);
const DATETIME_FIELDS = new Set(['created_at', 'finished_at']);
const FLOATING_POINT_FIELDS = new Set(['cpu_time_limit', 'cpu_extra_time', 'time', 'wall_time', 'wall_time_limit']);

/** Submission (submission.py): what the tests set, and what set_attributes fills in. */
export interface Submission {
  source_code?: string;
  language: LanguageAlias | number;
  stdin?: string;
  expected_output?: string;
  command_line_arguments?: string;
  cpu_time_limit?: number;
  wall_time_limit?: number;
  memory_limit?: number;
  token?: string;
  stdout?: string | null;
  stderr?: string | null;
  compile_output?: string | null;
  message?: string | null;
  exit_code?: number | null;
  exit_signal?: number | null;
  status?: Status;
  time?: number | null;
  wall_time?: number | null;
  memory?: number | null;
  created_at?: Date | null;
  finished_at?: Date | null;
  [attribute: string]: unknown;
}

/** common.py encode: Base64 of the UTF-8 bytes. */
function encode(content: string): string {
  return Buffer.from(content, 'utf8').toString('base64');
}

/** common.py decode: newlines dropped, then b64decode(validate=True), which refuses any other character. */
function decode(content: string): string {
  const compact = content.replace(/[\r\n]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw new Error(`binascii.Error: not valid Base64: ${JSON.stringify(content.slice(0, 40))}`);
  }
  return Buffer.from(compact, 'base64').toString('utf8');
}

/** Client (clients.py) on an endpoint such as http://host:port/judge0. */
export class Judge0Client {
  private version?: string;

  private constructor(
    private readonly endpoint: string,
    readonly languages: { id: number; name: string }[],
    readonly config: Record<string, unknown>,
  ) {}

  /** Client.__init__: get_languages then get_config_info; either failing fails the client. */
  static async connect(endpoint: string): Promise<Judge0Client> {
    const languages = (await request<{ id: unknown; name: unknown }[]>('GET', `${endpoint}/languages`)).map((language) => {
      if (!Number.isInteger(language.id) || typeof language.name !== 'string') throw new Error(`Language model rejects ${JSON.stringify(language)}`);
      return { id: language.id as number, name: language.name };
    });
    const config = await request<Record<string, unknown>>('GET', `${endpoint}/config_info`);
    for (const [field, type] of Object.entries(CONFIG_FIELDS)) {
      const value = config[field];
      const valid =
        type === 'bool' ? typeof value === 'boolean'
        : type === 'int' ? Number.isInteger(value)
        : type === 'float' ? typeof value === 'number'
        : Array.isArray(value) && value.every((item) => typeof item === 'string');
      if (!valid) throw new Error(`Config model rejects ${field}=${JSON.stringify(value)}: expected ${type}`);
    }
    return new Judge0Client(endpoint, languages, config);
  }

  /** Client.version: GET /about once, its "version". */
  async getVersion(): Promise<string> {
    this.version ??= (await request<{ version: string }>('GET', `${this.endpoint}/about`)).version;
    return this.version;
  }

  /** Client.get_language_id: an alias through the table of the server's version; an id as it is. */
  async getLanguageId(language: LanguageAlias | number): Promise<number> {
    if (typeof language === 'number') return language;
    const table = LANGUAGE_TO_LANGUAGE_ID[await this.getVersion()];
    if (!table) throw new Error(`KeyError: no language table for Judge0 ${this.version}`);
    return table[language] ?? -1;
  }

  /** Client.is_language_supported: the id is one of GET /languages. */
  async isLanguageSupported(language: LanguageAlias | number): Promise<boolean> {
    const id = await this.getLanguageId(language);
    return this.languages.some((supported) => supported.id === id);
  }

  /** Client.create_submission: POST /submissions?base64_encoded=true&wait=false with as_body. */
  async createSubmission(submission: Submission): Promise<Submission> {
    await this.checkSupported(submission);
    const answer = await request<Record<string, unknown>>('POST', `${this.endpoint}/submissions?base64_encoded=true&wait=false`, await this.asBody(submission));
    setAttributes(submission, answer);
    return submission;
  }

  /** Client.get_submission: GET /submissions/{token}?base64_encoded=true&fields=* (all fields when none are given). */
  async getSubmission(submission: Submission): Promise<Submission> {
    setAttributes(submission, await request('GET', `${this.endpoint}/submissions/${submission.token}?base64_encoded=true&fields=*`));
    return submission;
  }

  /** Client.create_submissions: POST /submissions/batch?base64_encoded=true, {submissions: [as_body…]}. */
  async createSubmissions(submissions: Submission[]): Promise<Submission[]> {
    for (const submission of submissions) await this.checkSupported(submission);
    const bodies = await Promise.all(submissions.map((submission) => this.asBody(submission)));
    const answers = await request<Record<string, unknown>[]>('POST', `${this.endpoint}/submissions/batch?base64_encoded=true`, { submissions: bodies });
    submissions.forEach((submission, index) => setAttributes(submission, answers[index]));
    return submissions;
  }

  /** Client.get_submissions: GET /submissions/batch?base64_encoded=true&fields=*&tokens=… */
  async getSubmissions(submissions: Submission[]): Promise<Submission[]> {
    const tokens = submissions.map((submission) => submission.token).join(',');
    const answer = await request<{ submissions: Record<string, unknown>[] }>(
      'GET',
      `${this.endpoint}/submissions/batch?base64_encoded=true&fields=*&tokens=${tokens}`,
    );
    submissions.forEach((submission, index) => setAttributes(submission, answer.submissions[index]));
    return submissions;
  }

  /** Submission.as_body: source_code and language_id, the encoded fields that are set, the extra fields that are set. */
  private async asBody(submission: Submission): Promise<Record<string, unknown>> {
    // encode(None) raises in the SDK: a submission without source_code is never sent.
    if (submission.source_code === undefined) throw new Error('ValueError: Unsupported type. Expected bytes or str');
    const body: Record<string, unknown> = { source_code: encode(submission.source_code), language_id: await this.getLanguageId(submission.language) };
    for (const field of ENCODED_REQUEST_FIELDS) if (submission[field] != null) body[field] = encode(submission[field] as string);
    for (const field of EXTRA_REQUEST_FIELDS) if (submission[field] != null) body[field] = submission[field];
    return body;
  }

  private async checkSupported(submission: Submission): Promise<void> {
    if (!(await this.isLanguageSupported(submission.language))) {
      throw new Error(`RuntimeError: Client does not support language ${submission.language}!`);
    }
  }
}

/** Submission.set_attributes: skips the ids, decodes text, reads status, dates and decimals as the SDK's types. */
function setAttributes(submission: Submission, attributes: Record<string, unknown>): void {
  for (const [attribute, raw] of Object.entries(attributes)) {
    if (SKIP_FIELDS.has(attribute)) continue;
    let value = raw;
    if (ENCODED_FIELDS.has(attribute)) value = raw ? decode(raw as string) : null;
    else if (attribute === 'status') value = statusOf((raw as { id: number }).id);
    else if (DATETIME_FIELDS.has(attribute) && raw !== null) value = datetimeOf(raw as string);
    else if (FLOATING_POINT_FIELDS.has(attribute) && raw !== null) value = floatOf(raw);
    submission[attribute] = value;
  }
}

function statusOf(id: number): Status {
  if (!(id in Status)) throw new Error(`ValueError: ${id} is not a valid Status`);
  return id as Status;
}

/** datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ"). */
function datetimeOf(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,6}Z$/.test(value)) throw new Error(`ValueError: time data ${JSON.stringify(value)} does not match format`);
  return new Date(value);
}

/** float(value): a number, or a string that is one. */
function floatOf(value: unknown): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (Number.isNaN(number)) throw new Error(`ValueError: could not convert ${JSON.stringify(value)} to float`);
  return number;
}

/** httpx with the SDK's headers, then response.raise_for_status() and response.json(). */
async function request<T>(method: 'GET' | 'POST', url: string, json?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: {
      'X-Judge0-App': 'Judge0 Python SDK',
      'X-Judge0-App-Version': '0.1.0.dev0',
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  if (response.status >= 400) throw new Error(`HTTPStatusError: ${response.status} for ${method} ${url}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** api.py create_submissions: batches of config.max_submission_batch_size; a batch of one goes alone. */
export async function createSubmissions(client: Judge0Client, submissions: Submission[]): Promise<Submission[]> {
  const created: Submission[] = [];
  for (const batch of batched(submissions, client.config['max_submission_batch_size'] as number)) {
    created.push(...(batch.length > 1 ? await client.createSubmissions(batch) : [await client.createSubmission(batch[0])]));
  }
  return created;
}

/** api.py get_submissions: batched as create_submissions. */
async function getSubmissions(client: Judge0Client, submissions: Submission[]): Promise<void> {
  for (const batch of batched(submissions, client.config['max_submission_batch_size'] as number)) {
    if (batch.length > 1) await client.getSubmissions(batch);
    else await client.getSubmission(batch[0]);
  }
}

/**
 * api.py wait with RegularPeriodRetry (every 0.1 s; here bounded by timeoutMs
 * where the SDK would wait for ever): reads every unfinished submission until
 * none is In Queue or Processing (Submission.is_done).
 */
export async function wait(client: Judge0Client, submissions: Submission[], timeoutMs = 60_000): Promise<Submission[]> {
  const deadline = Date.now() + timeoutMs;
  let pending = submissions;
  while (pending.length > 0) {
    await getSubmissions(client, pending);
    pending = pending.filter((submission) => submission.status === undefined || submission.status <= Status.PROCESSING);
    if (pending.length === 0) break;
    if (Date.now() > deadline) throw new Error(`${pending.length} submissions did not finish within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return submissions;
}

/** api.py sync_execute (judge0.run): create the submissions, then wait for them. */
export async function run(client: Judge0Client, submissions: Submission[]): Promise<Submission[]> {
  return wait(client, await createSubmissions(client, submissions));
}

/** common.py batched. */
function batched<T>(items: T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
