import { BadRequestException, Injectable, NestMiddleware, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import express, { NextFunction, Request, Response } from 'express';

/** Largest accepted request body: 50 KB of source plus 1 MB of stdin, JSON-escaped, fits. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * Deepest nesting of arrays and objects a body may have. A request needs 3
 * (body → files → [i]); class-transformer and class-validator recurse once per
 * level, so a body of 10,000 nested arrays overflowed the stack into a 500.
 */
export const MAX_BODY_DEPTH = 32;

const parseJson = express.json({ limit: MAX_BODY_BYTES });
/** JSON sent as text/plain: piston-client posts its JSON without a Content-Type, which node-fetch then sends as text/plain. */
const parseTextPlainAsJson = express.json({ limit: MAX_BODY_BYTES, type: 'text/plain' });

/**
 * JSON body parsing with JSON errors: body-parser's own errors would reach
 * Express's HTML error page; here they become 400 (malformed, nested too
 * deeply, or a body that does not decode as its Content-Encoding says), 413
 * (too large) or 415 (unsupported charset or encoding), thrown so that the
 * global filter answers in the API's error shape and counts the rejection.
 * A Nest middleware (not app.use) so that it runs after the request logger,
 * and requests it rejects are logged like any other.
 */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  /** The body-parser this middleware runs. */
  protected readonly parse: typeof parseJson = parseJson;

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    await new Promise<void>((resolve, reject) => this.parse(req, res, (err?: BodyParserError) => (err ? reject(toHttpException(err, req)) : resolve())));
    if (isNestedDeeperThan(req.body, MAX_BODY_DEPTH)) {
      throw new BadRequestException([`request body is nested more than ${MAX_BODY_DEPTH} levels deep`]);
    }
    next();
  }
}

/**
 * JsonBodyMiddleware for JSON sent as text/plain, only on the paths of an API
 * whose clients send it so (BodyParserModule): everywhere else a text/plain
 * body stays unparsed and fails validation. Only from clients that send no
 * Origin (piston-client, curl) or from an origin CORS_ORIGINS allows: a
 * text/plain POST needs no CORS preflight, so a page on any site could
 * otherwise make its visitors' browsers submit runs.
 */
@Injectable()
export class TextPlainJsonBodyMiddleware extends JsonBodyMiddleware {
  protected override readonly parse = parseTextPlainAsJson;
  private readonly corsOrigins: AppConfig['http']['corsOrigins'];

  constructor(config: ConfigService<AppConfig, true>) {
    super();
    this.corsOrigins = config.get('http', { infer: true }).corsOrigins;
  }

  override async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const origin = req.headers.origin;
    const allowed = origin === undefined || this.corsOrigins === '*' || this.corsOrigins.includes(origin);
    if (req.is('text/plain') && !allowed) {
      throw new UnsupportedMediaTypeException([
        `JSON sent as text/plain is accepted only from origins CORS_ORIGINS allows (not ${origin}); send Content-Type: application/json`,
      ]);
    }
    await super.use(req, res, next);
  }
}

/** Whether arrays and objects in value nest deeper than maxDepth (the value itself is level 1); iterative, so any depth is safe. */
export function isNestedDeeperThan(value: unknown, maxDepth: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth > maxDepth) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}

/** The client's error as the API reports it; a 5xx is body-parser's own fault and stays as it is. */
function toHttpException(err: BodyParserError, req: Request): Error {
  const status = err.status ?? err.statusCode;
  if (status === undefined || status < 400 || status >= 500) return err;
  const message = [bodyErrorMessage(err, req)];
  if (status === 413) return new PayloadTooLargeException(message);
  if (status === 415) return new UnsupportedMediaTypeException(message);
  return new BadRequestException(message);
}

function bodyErrorMessage(err: BodyParserError, req: Request): string {
  if (err.type === 'entity.too.large') return `request body is larger than ${MAX_BODY_BYTES} bytes`;
  if (err.type === 'entity.parse.failed') return `request body is not valid JSON: ${err.message}`;
  // Only zlib's errors come untyped: a body that is not what its Content-Encoding says.
  if (err.type === undefined) return `request body could not be decoded as Content-Encoding "${req.headers['content-encoding']}"`;
  return `request body could not be read: ${err.message}`;
}

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  statusCode?: number;
}
