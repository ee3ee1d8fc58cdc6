import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import request from 'supertest';
import { createOpenApiDocument, setUpSwagger } from './openapi';
import { createGatewayTestApp } from './testing/gateway-test-app';

type Method = 'get' | 'post';

/** API.md's endpoints, with the operationId the generated client is built on. */
const OPERATIONS: [Method, string, string][] = [
  ['post', '/api/v1/execution/execute', 'execute'],
  ['post', '/api/v1/execution/execute/async', 'executeAsync'],
  ['get', '/api/v1/execution/task/{task_id}', 'getTask'],
  ['post', '/api/v1/execution/validate', 'validate'],
  ['get', '/api/v1/execution/languages', 'listLanguages'],
  ['get', '/api/v1/execution/languages/{language}', 'getLanguage'],
  ['get', '/health/live', 'liveness'],
  ['get', '/health/ready', 'readiness'],
];

/** The Piston and Judge0 APIs served beside ours (README "Coming from Piston or Judge0"), each under its own tag. */
const COMPAT_OPERATIONS: [Method, string, string, 'piston' | 'judge0'][] = [
  ['get', '/api/v2/runtimes', 'pistonRuntimes', 'piston'],
  ['post', '/api/v2/execute', 'pistonExecute', 'piston'],
  ['get', '/judge0/languages', 'judge0Languages', 'judge0'],
  ['get', '/judge0/languages/{id}', 'judge0Language', 'judge0'],
  ['get', '/judge0/statuses', 'judge0Statuses', 'judge0'],
  ['get', '/judge0/about', 'judge0About', 'judge0'],
  ['get', '/judge0/config_info', 'judge0ConfigInfo', 'judge0'],
  ['post', '/judge0/submissions', 'judge0CreateSubmission', 'judge0'],
  ['post', '/judge0/submissions/batch', 'judge0CreateSubmissionBatch', 'judge0'],
  ['get', '/judge0/submissions/batch', 'judge0GetSubmissionBatch', 'judge0'],
  ['get', '/judge0/submissions/{token}', 'judge0GetSubmission', 'judge0'],
];

/** API.md's fields of each wire type: a floor, so the schemas may add fields but must have these. */
const FIELDS: Record<string, string[]> = {
  ExecuteRequestDto: ['language', 'code', 'files', 'stdin', 'args', 'session_id', 'timeout', 'memory_limit_mb'],
  ExecutionResultDto: [
    'execution_id', 'language', 'version', 'status', 'exit_code', 'signal', 'stdout', 'stderr',
    'output_truncated', 'compile_output', 'execution_time_ms', 'memory_usage_kb',
  ],
  TaskStatusDto: ['task_id', 'status', 'progress', 'result', 'error', 'created_at', 'finished_at'],
  ValidationReportDto: ['valid', 'errors', 'warnings'],
  LanguageInfoDto: [
    'id', 'name', 'version', 'aliases', 'extensions', 'compiled', 'default_timeout', 'max_timeout', 'default_memory_limit_mb',
  ],
  ErrorResponseDto: ['statusCode', 'message', 'error'],
};

const ref = (schema: string) => ({ $ref: `#/components/schemas/${schema}` });

describe('OpenAPI document', () => {
  let app: INestApplication;
  let document: OpenAPIObject;

  beforeAll(async () => {
    app = await createGatewayTestApp({ configure: setUpSwagger });
    document = createOpenApiDocument(app);
  });

  afterAll(async () => {
    await app.close();
  });

  function operation(method: Method, path: string) {
    const found = document.paths[path]?.[method];
    if (!found) throw new Error(`${method.toUpperCase()} ${path} is missing from the document`);
    return found;
  }

  function responseSchema(method: Method, path: string, status: string): unknown {
    const response = operation(method, path).responses[status] as { content?: Record<string, { schema?: unknown }> } | undefined;
    return response?.content?.['application/json']?.schema;
  }

  function requestSchema(method: Method, path: string): unknown {
    const body = operation(method, path).requestBody as { content?: Record<string, { schema?: unknown }> } | undefined;
    return body?.content?.['application/json']?.schema;
  }

  it.each(OPERATIONS)('describes %s %s with operationId %s', (method, path, operationId) => {
    expect(operation(method, path).operationId).toBe(operationId);
  });

  it('describes no operation that API.md or the compatibility APIs do not list', () => {
    const described = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(described.sort()).toEqual([...OPERATIONS, ...COMPAT_OPERATIONS].map(([method, path]) => `${method} ${path}`).sort());
  });

  it.each(COMPAT_OPERATIONS)('describes %s %s with operationId %s under the tag %s', (method, path, operationId, tag) => {
    expect(operation(method, path)).toMatchObject({ operationId, tags: [tag] });
  });

  it('takes named request schemas', () => {
    expect(requestSchema('post', '/api/v1/execution/execute')).toEqual(ref('ExecuteRequestDto'));
    expect(requestSchema('post', '/api/v1/execution/execute/async')).toEqual(ref('ExecuteRequestDto'));
    expect(requestSchema('post', '/api/v1/execution/validate')).toEqual(ref('ValidateRequestDto'));
  });

  it('documents the query form of validate', () => {
    const parameters = (operation('post', '/api/v1/execution/validate').parameters ?? []) as { name: string; in: string }[];
    expect(parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name).sort()).toEqual([
      'code',
      'language',
    ]);
  });

  it('answers with named response schemas', () => {
    expect(responseSchema('post', '/api/v1/execution/execute', '200')).toEqual(ref('ExecutionResultDto'));
    expect(responseSchema('post', '/api/v1/execution/execute/async', '202')).toEqual(ref('TaskAcceptedDto'));
    expect(responseSchema('get', '/api/v1/execution/task/{task_id}', '200')).toEqual(ref('TaskStatusDto'));
    expect(responseSchema('post', '/api/v1/execution/validate', '200')).toEqual(ref('ValidationReportDto'));
    expect(responseSchema('get', '/api/v1/execution/languages', '200')).toEqual({ type: 'array', items: ref('LanguageInfoDto') });
    expect(responseSchema('get', '/api/v1/execution/languages/{language}', '200')).toEqual(ref('LanguageInfoDto'));
  });

  it.each([
    ['post', '/api/v1/execution/execute', ['400', '413', '429', '503']],
    ['post', '/api/v1/execution/execute/async', ['400', '413', '429', '503']],
    ['get', '/api/v1/execution/task/{task_id}', ['404', '503']],
    ['post', '/api/v1/execution/validate', ['400']],
    ['get', '/api/v1/execution/languages/{language}', ['404']],
  ] as [Method, string, string[]][])('describes the errors of %s %s (%j) with ErrorResponseDto', (method, path, statuses) => {
    for (const status of statuses) {
      expect({ status, schema: responseSchema(method, path, status) }).toEqual({ status, schema: ref('ErrorResponseDto') });
    }
  });

  it.each(['/api/v1/execution/execute', '/api/v1/execution/execute/async'])('documents the Retry-After header of 429 on %s', (path) => {
    const response = operation('post', path).responses['429'] as { headers?: Record<string, unknown> };
    expect(Object.keys(response.headers ?? {})).toEqual(['Retry-After']);
  });

  it('documents 503 of readiness', () => {
    expect(operation('get', '/health/ready').responses['503']).toBeDefined();
  });

  it.each(Object.entries(FIELDS))('gives %s every field of API.md', (name, fields) => {
    const schema = document.components?.schemas?.[name] as { properties?: Record<string, unknown> } | undefined;
    expect(Object.keys(schema?.properties ?? {})).toEqual(expect.arrayContaining(fields));
  });

  it('serves the same document at /api/docs-json and Swagger UI at /api/docs', async () => {
    const json = await request(app.getHttpServer()).get('/api/docs-json');
    expect(json.status).toBe(200);
    expect(Object.keys(json.body.paths).sort()).toEqual(Object.keys(document.paths).sort());

    const ui = await request(app.getHttpServer()).get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger-ui');
  });
});
