import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { loggerParams, prettyOutput, requestId, requestLogLevel, loggedPath } from './logger-params';

function exchange(method: string, url: string, headers: Record<string, string> = {}, statusCode = 200) {
  const req = new IncomingMessage(new Socket());
  req.method = method;
  req.url = url;
  req.headers = headers;
  const res = new ServerResponse(req);
  res.statusCode = statusCode;
  return { req, res };
}

describe('prettyOutput', () => {
  it.each([
    { format: 'auto', isTerminal: true, pretty: true },
    { format: 'auto', isTerminal: false, pretty: false },
    { format: 'json', isTerminal: true, pretty: false },
    { format: 'pretty', isTerminal: false, pretty: true },
  ] as const)('is $pretty for LOG_FORMAT=$format when stdout is a terminal: $isTerminal', ({ format, isTerminal, pretty }) => {
    expect(prettyOutput(format, isTerminal)).toBe(pretty);
  });
});

describe('loggerParams', () => {
  it('writes JSON lines to stdout when stdout is not a terminal', () => {
    const params = loggerParams({ app: 'gateway', log: { level: 'info', format: 'auto' }, isTerminal: false });
    expect(params.pinoHttp).toMatchObject({ level: 'info' });
    expect(params.pinoHttp).not.toHaveProperty('transport');
  });

  it('writes through pino-pretty at a terminal', () => {
    const params = loggerParams({ app: 'gateway', log: { level: 'debug', format: 'auto' }, isTerminal: true });
    expect(params.pinoHttp).toMatchObject({ level: 'debug', transport: { target: 'pino-pretty' } });
  });
});

describe('requestId', () => {
  it('keeps the X-Request-Id a proxy sent and echoes it', () => {
    const { req, res } = exchange('GET', '/', { 'x-request-id': 'edge-7f3a.1:2' });
    expect(requestId(req, res)).toBe('edge-7f3a.1:2');
    expect(res.getHeader('X-Request-Id')).toBe('edge-7f3a.1:2');
  });

  it.each([
    ['no header', {}],
    ['one with spaces or quotes', { 'x-request-id': 'a" injected="1' }],
    ['one over 128 characters', { 'x-request-id': 'x'.repeat(129) }],
  ])('makes a new UUID for %s', (_, headers) => {
    const { req, res } = exchange('GET', '/', headers);
    const id = requestId(req, res);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(res.getHeader('X-Request-Id')).toBe(id);
  });
});

describe('requestLogLevel', () => {
  it.each([
    { method: 'POST', url: '/api/v1/execution/execute', status: 200, level: 'info' },
    { method: 'POST', url: '/api/v1/execution/execute', status: 429, level: 'warn' },
    { method: 'POST', url: '/api/v1/execution/execute', status: 503, level: 'error' },
    { method: 'GET', url: '/health/ready', status: 200, level: 'debug' },
    { method: 'GET', url: '/metrics', status: 200, level: 'debug' },
    { method: 'GET', url: '/health/ready', status: 503, level: 'error' },
  ])('logs $method $url answered $status at $level', ({ method, url, status, level }) => {
    const { req, res } = exchange(method, url, {}, status);
    expect(requestLogLevel(req, res)).toBe(level);
  });

  it('logs a request that failed with an error at error', () => {
    const { req, res } = exchange('GET', '/metrics');
    expect(requestLogLevel(req, res, new Error('socket hang up'))).toBe('error');
  });
});

describe('loggedPath', () => {
  it.each([
    ['/judge0/submissions/5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a?base64_encoded=true', '/judge0/submissions/:token'],
    ['/submissions/5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a', '/submissions/:token'],
    ['/judge0/submissions/batch?tokens=a,b', '/judge0/submissions/batch'],
    ['/judge0/submissions', '/judge0/submissions'],
    ['/api/v1/execution/validate?code=secret', '/api/v1/execution/validate'],
  ])('logs %s as %s: no Judge0 token, no query string', (url, logged) => {
    expect(loggedPath(url)).toBe(logged);
  });
});
