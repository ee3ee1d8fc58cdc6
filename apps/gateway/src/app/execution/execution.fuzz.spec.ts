import type { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import request, { Response } from 'supertest';
import { FakeExecutionQueue } from '../testing/fake-execution-queue';
import { createGatewayTestApp } from '../testing/gateway-test-app';

/**
 * Generated bad input against the real body parser, pipe, filter, guard and
 * ExecutionService (over the fake queue): whatever arrives, the answer is a
 * status the API documents, never a 5xx, errors are JSON in the API's shape,
 * and the app keeps answering. numRuns keep the whole file to about 10-20 s.
 */

const EXECUTE = '/api/v1/execution/execute';
const EXECUTE_ASYNC = '/api/v1/execution/execute/async';
const VALIDATE = '/api/v1/execution/validate';
const BODY_ENDPOINTS = [EXECUTE, EXECUTE_ASYNC, VALIDATE];
const FIELDS = ['language', 'code', 'files', 'stdin', 'args', 'session_id', 'timeout', 'memory_limit_mb'] as const;
const VALID = { language: 'python', code: 'print(1)' };

/** Each property runs a few hundred requests; on a loaded machine that can take more than jest's 5 s. */
const PROPERTY_TIMEOUT_MS = 60_000;

/** 429 comes from the per-session limits, which stay on (the per-client one would answer every run after the 10th). */
const DOCUMENTED_STATUSES = [200, 202, 400, 404, 413, 415, 429, 503];

/** Keys that have tripped JSON handling elsewhere: prototype names, and names of Object's own methods. */
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'length', '', ' ', 'language '];

/** A JSON value of any type, odd keys included. */
const anyJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom(...ODD_KEYS), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);

/** Values of every JSON type; for each field most of them are the wrong type. */
const anyValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', 'NaN', 'Infinity', '-1', '1e309', '\u0000', '\uFEFF', '\uD800', '../x', 'py'),
  fc.constantFrom(0, -1, Number.POSITIVE_INFINITY /* null in JSON */, Number.MAX_SAFE_INTEGER, 2 ** 64, -0, 0.5),
  fc.array(anyJson, { maxLength: 4 }),
  anyJson,
);

/** A request whose fields are valid or any other value, some left out, plus maybe unknown ones. */
const mixedRequest = fc
  .tuple(
    fc.record(
      {
        language: fc.oneof(fc.constantFrom('python', 'PY', 'js', 'java', 'c++', 'brainfuck'), anyValue),
        code: fc.oneof(fc.string(), anyValue),
        files: fc.oneof(
          fc.array(fc.oneof(fc.record({ name: fc.oneof(fc.constantFrom('main.py', '../x.py', '/etc/x', 'a\u0000b'), anyValue), content: fc.oneof(fc.string(), anyValue) }, { requiredKeys: [] }), anyValue), { maxLength: 4 }),
          anyValue,
        ),
        stdin: fc.oneof(fc.string(), anyValue),
        args: fc.oneof(fc.array(fc.string(), { maxLength: 3 }), anyValue),
        session_id: fc.oneof(fc.constantFrom('tab-1', 'tab-2'), anyValue),
        timeout: fc.oneof(fc.integer({ min: -5, max: 40 }), anyValue),
        memory_limit_mb: fc.oneof(fc.integer({ min: 0, max: 1024 }), anyValue),
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(fc.oneof(fc.constantFrom(...ODD_KEYS), fc.string({ maxLength: 8 })), anyValue, { maxKeys: 2 }),
  )
  .map(([fields, extra]) => ({ ...extra, ...fields }));

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=utf-16le',
  'application/json; charset=latin1',
  'application/json; charset=iso-8859-1',
  'application/json; charset=koi8-r',
  'application/json; charset=no-such-charset',
  'application/json; charset=',
  'application/json;;;',
  'application/vnd.api+json',
  'text/plain',
  'text/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/octet-stream',
  '*/*',
  'json',
];

const CONTENT_ENCODINGS = [undefined, 'identity', 'gzip', 'deflate', 'br', 'x-gzip', 'compress', 'gzip, gzip', 'no-such-coding', ''];

/** The bytes of a body in some encoding the gateway may or may not accept. */
const oddBytes = fc.oneof(
  // Random bytes: invalid UTF-8 mostly.
  fc.uint8Array({ maxLength: 256 }).map((bytes) => Buffer.from(bytes)),
  // Valid JSON, then re-encoded or prefixed.
  fc.tuple(mixedRequest, fc.constantFrom('utf16le-bom', 'utf16le', 'utf8-bom', 'latin1', 'utf16be-bom', 'truncated', 'nul-padded')).map(([body, form]) => {
    const json = JSON.stringify(body);
    switch (form) {
      case 'utf16le-bom':
        return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]);
      case 'utf16le':
        return Buffer.from(json, 'utf16le');
      case 'utf8-bom':
        return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json, 'utf8')]);
      case 'latin1':
        return Buffer.from(json.replace(/"python"/, '"pythön"'), 'latin1');
      case 'utf16be-bom':
        return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, 'utf16le').swap16()]);
      case 'truncated':
        return Buffer.from(json.slice(0, Math.floor(json.length / 2)));
      default:
        return Buffer.concat([Buffer.from(json), Buffer.alloc(8)]);
    }
  }),
  // Overlong and surrogate encodings of quotes and braces.
  fc.constantFrom(
    Buffer.from([0x7b, 0xc0, 0xa2, 0x6c, 0x61, 0x6e, 0x67, 0xc0, 0xa2, 0x3a, 0x31, 0x7d]),
    Buffer.from('{"language":"py\xed\xa0\x80thon","code":"x"}', 'latin1'),
    Buffer.from('{"language":"python","code":"\\ud800"}'),
    Buffer.from('{"language":"python","code":"\\u0000"}'),
    gzipSync(Buffer.from(JSON.stringify(VALID))),
  ),
);

/** Nesting far deeper than any request needs (the API's deepest is body → files → [i] → {name}). */
const deepNesting = fc
  .tuple(fc.integer({ min: 1_000, max: 200_000 }), fc.constantFrom('array', 'object', 'mixed'), fc.constantFrom('body', ...FIELDS, 'files[0]', 'unknown'))
  .map(([depth, kind, where]) => {
    const open = kind === 'array' ? '[' : kind === 'object' ? '{"a":' : '[{"a":';
    const close = kind === 'array' ? ']' : kind === 'object' ? '}' : '}]';
    const nested = open.repeat(depth) + '1' + close.repeat(depth);
    if (where === 'body') return nested;
    if (where === 'files[0]') return `{"language":"python","files":[${nested}]}`;
    return `{"language":"python","code":"x",${JSON.stringify(where)}:${nested}}`;
  });

/** Where a string of megabytes goes (the body limit is 4 MB); built in the property, so a counterexample prints small. */
const hugeString = fc.record({
  megabytes: fc.integer({ min: 1, max: 6 }),
  where: fc.constantFrom(...FIELDS, 'files[0].content', 'files[0].name', 'args[0]', 'unknown', 'key'),
});

function requestWithHugeString({ megabytes, where }: { megabytes: number; where: string }): object {
  // Over a megabyte: past every field's limit (stdin's is 1 MB), and from 4 MB past the body's.
  const huge = 'x'.repeat(megabytes * 1024 * 1024 + 1);
  if (where === 'files[0].content') return { language: 'python', files: [{ name: 'main.py', content: huge }] };
  if (where === 'files[0].name') return { language: 'python', files: [{ name: huge, content: 'x' }] };
  if (where === 'args[0]') return { ...VALID, args: [huge] };
  if (where === 'key') return { ...VALID, [huge]: 1 };
  return { ...VALID, [where]: huge };
}

/** A path segment: any string, percent-encoded or raw, including broken escapes. */
const pathSegment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 64 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', maxLength: 64 }).map(encodeURIComponent),
  fc.stringMatching(/^[A-Za-z0-9._~%-]{1,40}$/),
  fc.constantFrom('%', '%zz', '%C0%AF', '%ED%A0%80', '%00', '..', '.', '%2e%2e', '%2F', 'a%2Fb', 'x'.repeat(4000), '%FF%FE', '%E2%82'),
);

/** A query string for validate: any keys and values, repeated keys, brackets, broken escapes. */
const queryString = fc.oneof(
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom('language', 'code', 'files', 'code[]', 'language[a][b]', 'files[0][name]', '__proto__', 'constructor[prototype]'), fc.string({ maxLength: 10 })),
        fc.oneof(fc.constantFrom('python', 'py', 'brainfuck', 'print(1)', ''), fc.string({ unit: 'binary', maxLength: 100 })),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')),
  fc.stringMatching(/^[A-Za-z0-9=&%[\]._~+-]{0,200}$/),
);

/** A superagent serializer that leaves the body alone: strings and Buffers go out byte for byte. */
const asIs = (body: unknown) => body as string;

describe('HTTP API under generated bad input (fast-check)', () => {
  let app: INestApplication;
  let server: Server;
  let queue: FakeExecutionQueue;

  beforeAll(async () => {
    queue = new FakeExecutionQueue();
    app = await createGatewayTestApp({ executionQueue: queue, environment: { RATE_LIMIT_CLIENT_PER_MINUTE: '0' } });
    // One listening server for every request, instead of one per supertest call.
    await app.listen(0, '127.0.0.1');
    server = app.getHttpServer();
  });

  afterAll(async () => {
    await app.close();
  });

  afterEach(async () => {
    // Still answering, and still right, after whatever the property sent.
    expect((await request(server).get('/health/live')).status).toBe(200);
    const response = await request(server).post(EXECUTE).send({ language: 'python', code: 'print(1)' });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('success');
  });

  /** The property every answer has: a documented status, never 5xx; errors as JSON {statusCode, message, error}. */
  function expectSaneAnswer(response: Response, statuses: number[] = DOCUMENTED_STATUSES): void {
    const answer = { status: response.status, body: response.body as unknown };
    expect(response.status).toBeLessThan(500);
    if (!statuses.includes(response.status)) throw new Error(`undocumented status: ${JSON.stringify(answer)}`);
    if (response.status >= 400) {
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const body = response.body as { statusCode?: unknown; message?: unknown; error?: unknown };
      expect(body.statusCode).toBe(response.status);
      const messages = Array.isArray(body.message) ? body.message : [body.message];
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) expect(typeof message).toBe('string');
      expect(typeof body.error).toBe('string');
    }
  }

  /** Posts the body's bytes as they are (superagent would JSON-encode a Buffer sent as application/json). */
  function postRaw(path: string, body: string | Buffer, headers: Record<string, string | undefined> = { 'Content-Type': 'application/json' }) {
    const call = request(server).post(path).serialize(asIs);
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) call.set(name, value);
    return call.send(body);
  }

  it('answers any JSON value as a body with a documented status', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...BODY_ENDPOINTS), fc.jsonValue({ maxDepth: 6 }), async (path, body) => {
        expectSaneAnswer(await postRaw(path, JSON.stringify(body) ?? 'null'));
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('answers requests with fields of the wrong type, unknown fields and odd keys with 400 (or a run)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...BODY_ENDPOINTS), mixedRequest, async (path, body) => {
        const response = await postRaw(path, JSON.stringify(body));
        expectSaneAnswer(response);
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('rejects each field given with a wrong type with 400, before anything is queued', async () => {
    const wrongTypes: Record<(typeof FIELDS)[number], fc.Arbitrary<unknown>> = {
      language: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.object()),
      code: fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string()), fc.object()),
      files: fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.object(), fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { minLength: 1 })),
      stdin: fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string()), fc.object()),
      args: fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.object(), fc.array(fc.oneof(fc.integer(), fc.constant(null), fc.object()), { minLength: 1 })),
      session_id: fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string()), fc.object()),
      timeout: fc.oneof(fc.string(), fc.boolean(), fc.array(fc.integer()), fc.object()),
      memory_limit_mb: fc.oneof(fc.string(), fc.boolean(), fc.array(fc.integer()), fc.object(), fc.double({ min: 32.01, max: 255.99, noInteger: true })),
    };
    const oneWrongField = fc.constantFrom(...FIELDS).chain((field) =>
      wrongTypes[field].map((value) => {
        const body: Record<string, unknown> = field === 'files' ? { language: 'python', files: value } : { ...VALID, [field]: value };
        return { field, body };
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(EXECUTE, EXECUTE_ASYNC), oneWrongField, async (path, { field, body }) => {
        const queued = queue.enqueued.length;
        const response = await postRaw(path, JSON.stringify(body));
        expectSaneAnswer(response, [400]);
        expect((response.body.message as string[]).some((message) => message.includes(field))).toBe(true);
        expect(queue.enqueued.length).toBe(queued);
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('answers strings of megabytes anywhere with 400 or 413 (validate: a 200 report of the size error)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...BODY_ENDPOINTS), hugeString, async (path, where) => {
        const response = await postRaw(path, JSON.stringify(requestWithHugeString(where)));
        expectSaneAnswer(response, path === VALIDATE ? [200, 400, 413] : [400, 413]);
        if (response.status === 200) expect(response.body.valid).toBe(false);
      }),
      { numRuns: 10 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('answers nesting thousands of levels deep with 400 or 413', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...BODY_ENDPOINTS), deepNesting, async (path, body) => {
        expectSaneAnswer(await postRaw(path, body), [400, 413]);
      }),
      { numRuns: 20 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('answers odd encodings, content types and content encodings with a documented status', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...BODY_ENDPOINTS),
        oddBytes,
        fc.constantFrom(...CONTENT_TYPES),
        fc.constantFrom(...CONTENT_ENCODINGS),
        async (path, bytes, contentType, contentEncoding) => {
          expectSaneAnswer(await postRaw(path, bytes, { 'Content-Type': contentType, 'Content-Encoding': contentEncoding }));
        },
      ),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('answers random query strings on validate with 200 or 400', async () => {
    await fc.assert(
      fc.asyncProperty(queryString, async (query) => {
        expectSaneAnswer(await request(server).post(`${VALIDATE}?${query}`), [200, 400]);
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('answers random task ids and language names in paths with 200, 400 or 404', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/v1/execution/task/', '/api/v1/execution/languages/'), pathSegment, async (prefix, segment) => {
        expectSaneAnswer(await request(server).get(prefix + segment), [200, 400, 404]);
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
