import type { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import type { Server } from 'node:http';
import request from 'supertest';
import { FakeExecutionQueue } from '../testing/fake-execution-queue';
import { createGatewayTestApp } from '../testing/gateway-test-app';

/**
 * Generated bad input against the Piston and Judge0 APIs (their translation,
 * our pipe-less validation, ExecutionService over the fake queue): never a 5xx,
 * and every error in the API's own shape.
 */

const PROPERTY_TIMEOUT_MS = 60_000;

/** Values of every JSON type, most of them wrong for any field. */
const anyValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
  fc.constantFrom('', '*', '-1', 'NaN', '\u0000', '\uD800', '../x', 'py', 'true', '1e309', '%%%'),
  fc.constantFrom(0, -1, 0.5, 2 ** 64, Number.MAX_SAFE_INTEGER),
  fc.jsonValue({ maxDepth: 3 }),
);

const pistonFile = fc.oneof(
  fc.record(
    {
      name: fc.oneof(fc.constantFrom('main.py', 'x.cpp', '../x', '/etc/passwd', ''), anyValue),
      content: fc.oneof(fc.string(), fc.constantFrom('print(1)', 'aGk=', '6869'), anyValue),
      encoding: fc.oneof(fc.constantFrom('utf8', 'base64', 'hex', 'latin1'), anyValue),
    },
    { requiredKeys: [] },
  ),
  anyValue,
);

const pistonBody = fc.record(
  {
    language: fc.oneof(fc.constantFrom('python', 'py', 'c++', 'java', 'brainfuck'), anyValue),
    version: fc.oneof(fc.constantFrom('*', '3.x', '3.11.2', '>=1', 'latest'), anyValue),
    files: fc.oneof(fc.array(pistonFile, { maxLength: 3 }), anyValue),
    stdin: fc.oneof(fc.string(), anyValue),
    args: fc.oneof(fc.array(fc.string(), { maxLength: 3 }), anyValue),
    run_timeout: fc.oneof(fc.integer({ min: -2000, max: 40000 }), anyValue),
    compile_timeout: fc.oneof(fc.integer({ min: -2000, max: 40000 }), anyValue),
    run_memory_limit: fc.oneof(fc.constantFrom(-1, 0, 1, 256_000_000, 2 ** 40), anyValue),
    compile_memory_limit: fc.oneof(fc.constantFrom(-1, 0, 256_000_000), anyValue),
    run_cpu_time: fc.oneof(fc.integer({ min: -10, max: 40000 }), anyValue),
  },
  { requiredKeys: [] },
);

const judge0Body = fc.record(
  {
    source_code: fc.oneof(fc.constantFrom('print(1)', 'cHJpbnQoMSk=', '', '  '), anyValue),
    language_id: fc.oneof(fc.constantFrom(71, 54, 52, 62, 63, '71', 70, 9999), anyValue),
    stdin: fc.oneof(fc.string(), anyValue),
    expected_output: fc.oneof(fc.string(), anyValue),
    command_line_arguments: fc.oneof(fc.constantFrom("a 'b c'", "'open", 'x'.repeat(600)), anyValue),
    cpu_time_limit: fc.oneof(fc.double({ min: -1, max: 40, noNaN: true }), anyValue),
    cpu_extra_time: anyValue,
    wall_time_limit: anyValue,
    memory_limit: fc.oneof(fc.integer({ min: 0, max: 10 ** 7 }), anyValue),
    stack_limit: anyValue,
    max_processes_and_or_threads: anyValue,
    max_file_size: anyValue,
    number_of_runs: anyValue,
    enable_network: anyValue,
    redirect_stderr_to_stdout: anyValue,
    compiler_options: anyValue,
    callback_url: anyValue,
    additional_files: anyValue,
  },
  { requiredKeys: [] },
);

const judge0Query = fc.record(
  {
    base64_encoded: fc.oneof(fc.constantFrom('true', 'false'), fc.string({ maxLength: 5 })),
    wait: fc.oneof(fc.constantFrom('true', 'false'), fc.string({ maxLength: 5 })),
    fields: fc.oneof(fc.constantFrom('*', 'stdout,status', 'token,nope', ''), fc.string({ maxLength: 12 })),
  },
  { requiredKeys: [] },
);

describe('Piston and Judge0 APIs under generated bad input', () => {
  let app: INestApplication;
  let server: Server;

  beforeAll(async () => {
    // Rate limits off: the property runs hundreds of requests from one address.
    app = await createGatewayTestApp({ executionQueue: new FakeExecutionQueue(), environment: { RATE_LIMIT_CLIENT_PER_MINUTE: '0', QUEUE_MAX_WAITING_JOBS: '1000' } });
    server = app.getHttpServer();
  });

  afterAll(async () => {
    await app.close();
  });

  it(
    'answers any Piston body with 200, or 400 {message}',
    async () => {
      await fc.assert(
        fc.asyncProperty(pistonBody, async (body) => {
          const response = await request(server).post('/api/v2/execute').send(body);
          if (response.status === 200) return;
          expect({ status: response.status, body: response.body }).toEqual({ status: 400, body: { message: expect.any(String) } });
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers any Judge0 submission with 201, 400 {error} or 422 {attribute: [problems]}',
    async () => {
      await fc.assert(
        fc.asyncProperty(judge0Body, judge0Query, async (body, query) => {
          const response = await request(server).post('/judge0/submissions').query(query).send(body);
          if (response.status === 201) return;
          if (response.status === 400) return expect(response.body).toEqual({ error: expect.any(String) });
          expect(response.status).toBe(422);
          for (const problems of Object.values(response.body)) expect(problems).toEqual(expect.arrayContaining([expect.any(String)]));
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers any Judge0 batch and batch read without a 5xx',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.record({ submissions: fc.oneof(fc.array(fc.oneof(judge0Body, anyValue), { maxLength: 4 }), anyValue) }), anyValue),
          fc.string({ maxLength: 40 }),
          judge0Query,
          async (body, tokens, query) => {
            const created = await request(server).post('/judge0/submissions/batch').query(query).set('Content-Type', 'application/json').send(JSON.stringify(body));
            expect([201, 400, 422]).toContain(created.status);
            const read = await request(server).get('/judge0/submissions/batch').query({ ...query, tokens });
            expect([200, 400]).toContain(read.status);
          },
        ),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
