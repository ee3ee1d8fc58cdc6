import type { INestApplication, Type } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import request from 'supertest';
import { validateDto } from './common/validate-dto';
import { ExecuteRequestDto } from './execution/dto/execute-request.dto';
import { ValidateRequestDto } from './execution/dto/validate-request.dto';
import { buildOpenApiDocument, setUpSwagger } from './openapi';
import { createGatewayTestApp } from './testing/gateway-test-app';

type Method = 'get' | 'post' | 'delete';

/** API.md's endpoints, with the operationId the generated client is built on. */
const OPERATIONS: [Method, string, string][] = [
  ['post', '/api/v1/execution/execute', 'execute'],
  ['post', '/api/v1/execution/execute/async', 'executeAsync'],
  ['get', '/api/v1/execution/task/{task_id}', 'getTask'],
  ['delete', '/api/v1/execution/task/{task_id}', 'cancelTask'],
  ['get', '/api/v1/execution/task/{task_id}/events', 'streamTaskEvents'],
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
  ExecutionRequest: ['language', 'code', 'files', 'stdin', 'args', 'session_id', 'timeout', 'memory_limit_mb'],
  ExecutionResult: [
    'execution_id', 'language', 'version', 'status', 'exit_code', 'signal', 'stdout', 'stderr',
    'output_truncated', 'compile_output', 'execution_time_ms', 'memory_usage_kb',
  ],
  TaskStatus: ['task_id', 'status', 'progress', 'result', 'error', 'created_at', 'finished_at'],
  ValidationReport: ['valid', 'errors', 'warnings'],
  LanguageInfo: [
    'id', 'name', 'version', 'aliases', 'extensions', 'compiled', 'default_timeout', 'max_timeout', 'default_memory_limit_mb',
  ],
  ErrorResponse: ['statusCode', 'message', 'error'],
};

/** The error answers of each operation (all ErrorResponse); 503 and 429 come with Retry-After. */
const ERRORS: [Method, string, string[]][] = [
  ['post', '/api/v1/execution/execute', ['400', '413', '415', '429', '503']],
  ['post', '/api/v1/execution/execute/async', ['400', '413', '415', '429', '503']],
  ['get', '/api/v1/execution/task/{task_id}', ['404', '503']],
  ['post', '/api/v1/execution/validate', ['400', '413', '415', '429']],
  ['get', '/api/v1/execution/languages/{language}', ['404']],
];

const ref = (schema: string) => ({ $ref: `#/components/schemas/${schema}` });

describe('OpenAPI document', () => {
  let app: INestApplication;
  let document: OpenAPIObject;

  beforeAll(async () => {
    document = await buildOpenApiDocument();
    app = await createGatewayTestApp({ configure: setUpSwagger });
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

  function responseExamples(method: Method, path: string, status: string): unknown[] {
    const response = operation(method, path).responses[status] as {
      content?: Record<string, { example?: unknown; examples?: Record<string, { value: unknown }> }>;
    };
    const content = response.content?.['application/json'];
    return [content?.example, ...Object.values(content?.examples ?? {}).map((example) => example.value)].filter((example) => example !== undefined);
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
    expect(requestSchema('post', '/api/v1/execution/execute')).toEqual(ref('ExecutionRequest'));
    expect(requestSchema('post', '/api/v1/execution/execute/async')).toEqual(ref('ExecutionRequest'));
    expect(requestSchema('post', '/api/v1/execution/validate')).toEqual(ref('ValidateRequest'));
  });

  it('documents the query form of validate', () => {
    const parameters = (operation('post', '/api/v1/execution/validate').parameters ?? []) as { name: string; in: string }[];
    expect(parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name).sort()).toEqual([
      'code',
      'language',
    ]);
  });

  it('answers with named response schemas', () => {
    expect(responseSchema('post', '/api/v1/execution/execute', '200')).toEqual(ref('ExecutionResult'));
    expect(responseSchema('post', '/api/v1/execution/execute/async', '202')).toEqual(ref('TaskAccepted'));
    expect(responseSchema('get', '/api/v1/execution/task/{task_id}', '200')).toEqual(ref('TaskStatus'));
    expect(responseSchema('post', '/api/v1/execution/validate', '200')).toEqual(ref('ValidationReport'));
    expect(responseSchema('get', '/api/v1/execution/languages', '200')).toEqual({ type: 'array', items: ref('LanguageInfo') });
    expect(responseSchema('get', '/api/v1/execution/languages/{language}', '200')).toEqual(ref('LanguageInfo'));
    expect(responseSchema('get', '/health/live', '200')).toEqual(ref('HealthReport'));
    expect(responseSchema('get', '/health/ready', '200')).toEqual(ref('HealthReport'));
    expect(responseSchema('get', '/health/ready', '503')).toEqual(ref('HealthReport'));
  });

  it.each(ERRORS)('describes the errors of %s %s (%j) with ErrorResponse and an example of that status', (method, path, statuses) => {
    const described = Object.keys(operation(method, path).responses).filter((status) => Number(status) >= 400);
    expect(described.sort()).toEqual(statuses);
    for (const status of statuses) {
      expect({ status, schema: responseSchema(method, path, status) }).toEqual({ status, schema: ref('ErrorResponse') });
      const examples = responseExamples(method, path, status);
      expect({ status, examples: examples.length > 0 }).toEqual({ status, examples: true });
      for (const example of examples) expect(example).toMatchObject({ statusCode: Number(status), message: expect.anything() });
    }
  });

  it.each(ERRORS.flatMap(([method, path, statuses]) => statuses.filter((status) => ['429', '503'].includes(status)).map((status) => [method, path, status])))(
    'documents the Retry-After header of %s %s %s',
    (method, path, status) => {
      const response = operation(method as Method, path).responses[status] as { headers?: Record<string, unknown> };
      expect(Object.keys(response.headers ?? {})).toEqual(['Retry-After']);
    },
  );

  it.each([
    ['/api/v1/execution/execute', ExecuteRequestDto],
    ['/api/v1/execution/execute/async', ExecuteRequestDto],
    ['/api/v1/execution/validate', ValidateRequestDto],
  ] as [string, Type<object>][])('gives POST %s request examples that pass its validation', async (path, dto) => {
    const body = operation('post', path).requestBody as { content: Record<string, { examples?: Record<string, { value: unknown }> }> };
    const examples = Object.values(body.content['application/json'].examples ?? {});
    expect(examples.length).toBeGreaterThan(0);
    for (const { value } of examples) await expect(validateDto(dto, value)).resolves.toBeInstanceOf(dto);
  });

  it.each(Object.entries(FIELDS))('gives %s every field of API.md', (name, fields) => {
    const schema = document.components?.schemas?.[name] as { properties?: Record<string, unknown> } | undefined;
    expect(Object.keys(schema?.properties ?? {})).toEqual(expect.arrayContaining(fields));
  });

  it("passes Redocly's recommended rules", async () => {
    const config = await createConfig({
      extends: ['recommended'],
      rules: {
        // The API has no authentication (API.md defines none).
        'security-defined': 'off',
        // The language list and the health probes take no input, so they have no 4xx to describe.
        'operation-4xx-response': 'off',
      },
    });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
    expect(problems.map((problem) => `${problem.severity} ${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`)).toEqual([]);
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
