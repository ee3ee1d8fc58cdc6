import type { AppConfig } from '@ghostide/config';
import type { Params } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DestinationStream, LevelWithSilent, stdTimeFunctions } from 'pino';
import type { Options } from 'pino-http';

/** A request id a client or proxy may hand in through X-Request-Id; anything else is replaced. */
const REQUEST_ID_PATTERN = /^[\w.:-]{1,128}$/;

/** Who is logging, and where. */
export interface LoggerSetup {
  /** Names the app in every line: "gateway" or "worker". */
  app: string;
  log: AppConfig['log'];
  /** Fields added to every line, e.g. the worker id. */
  fields?: Record<string, string>;
  /** Where lines go instead of stdout (tests). */
  stream?: DestinationStream;
  /** Whether stdout is a terminal, for LOG_FORMAT=auto; process.stdout.isTTY by default. */
  isTerminal?: boolean;
}

/**
 * nestjs-pino's parameters for both apps: one JSON line per log call, one per
 * HTTP request (pino-http) with its request id, method, path, status and time.
 * A request line never holds the body, the query string or any header: the body
 * and the query of validate carry user source, headers carry the admin token;
 * nor a Judge0 token (loggedPath).
 */
export function loggerParams(setup: LoggerSetup): Params {
  const options: Options = {
    level: setup.log.level,
    base: { app: setup.app, hostname: hostname(), pid: process.pid, ...setup.fields },
    timestamp: stdTimeFunctions.isoTime,
    genReqId: requestId,
    // Logs written while a request is handled carry its id only, not the whole request again.
    quietReqLogger: true,
    customLogLevel: requestLogLevel,
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    // A whitelist, so nothing added to a request later can slip into the logs.
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        path: loggedPath(req.url),
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
  if (setup.stream) return { pinoHttp: [options, setup.stream] };
  if (prettyOutput(setup.log.format, setup.isTerminal ?? process.stdout.isTTY === true)) {
    options.transport = { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } };
  }
  return { pinoHttp: options };
}

/** Readable lines for people at a terminal, JSON lines for log collectors. */
export function prettyOutput(format: AppConfig['log']['format'], isTerminal: boolean): boolean {
  return format === 'pretty' || (format === 'auto' && isTerminal);
}

/** The X-Request-Id a proxy sent when it is a sane one, else a new UUID; echoed in the response. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** Failures stand out; probes of health and metrics (every few seconds) only show at debug. */
export function requestLogLevel(req: IncomingMessage, res: ServerResponse, err?: Error): LevelWithSilent {
  if (err || res.statusCode >= 500) return 'error';
  if (res.statusCode >= 400) return 'warn';
  const path = pathOf(req);
  if (req.method === 'GET' && (path === '/metrics' || path.startsWith('/health/'))) return 'debug';
  return 'info';
}

function pathOf(req: IncomingMessage): string {
  // Express keeps the full path in originalUrl; url is relative inside mounted routers.
  const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';
  return loggedPath(url);
}

/**
 * A request's path as logged: without its query string, and with a Judge0
 * token (`/submissions/<token>`) replaced by `:token`. Anyone holding a token
 * may read that submission's source and output, so logs must not hand it out.
 */
export function loggedPath(url: string): string {
  const path = url.split('?')[0];
  return path.replace(/\/submissions\/(?!batch$)[^/]+/, '/submissions/:token');
}
