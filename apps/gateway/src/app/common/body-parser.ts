import type { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';

/** Largest accepted request body: 50 KB of source plus 1 MB of stdin, JSON-escaped, fits. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * Deepest nesting of arrays and objects a body may have. A request needs 3
 * (body → files → [i]); class-transformer and class-validator recurse once per
 * level, so a body of 10,000 nested arrays overflowed the stack into a 500.
 */
export const MAX_BODY_DEPTH = 32;

/** The body conventions of an API served beside ours (Piston's, Judge0's), for the paths it is served under. */
export interface ForeignApiBodies {
  /** Where it is served, e.g. "/api/v2": that path and everything under it. */
  pathPrefix: string;
  /** Parse text/plain bodies as JSON too (piston-client posts its JSON without a Content-Type). */
  textPlainIsJson?: boolean;
  /** Its error body for a status and a message. */
  errorBody: (status: number, message: string) => unknown;
}

/**
 * JSON body parsing with JSON errors: body-parser's own errors would reach
 * Express's HTML error page; here they become 400 (malformed, nested too
 * deeply, or a body that does not decode as its Content-Encoding says), 413
 * (too large) or 415 (unsupported charset or encoding) in the API's error
 * shape, or in a foreign API's own shape on its paths.
 */
export function useJsonBodyParser(app: INestApplication, foreignApis: ForeignApiBodies[] = []): void {
  app.use(express.json({ limit: MAX_BODY_BYTES }));
  for (const api of foreignApis.filter((foreign) => foreign.textPlainIsJson)) {
    app.use(api.pathPrefix, express.json({ limit: MAX_BODY_BYTES, type: 'text/plain' }));
  }
  const send = (req: Request, res: Response, status: number, message: string) => {
    const api = foreignApis.find(({ pathPrefix }) => req.path === pathPrefix || req.path.startsWith(`${pathPrefix}/`));
    res.status(status).json(api ? api.errorBody(status, message) : { statusCode: status, message: [message], error: errorName(status) });
  };
  app.use((err: BodyParserError, req: Request, res: Response, next: NextFunction) => {
    const status = err.status ?? err.statusCode;
    // A 5xx here is body-parser's own fault, not the client's: left to the global handling.
    if (status === undefined || status < 400 || status >= 500) return next(err);
    send(req, res, status, bodyErrorMessage(err, req));
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isNestedDeeperThan(req.body, MAX_BODY_DEPTH)) {
      return send(req, res, 400, `request body is nested more than ${MAX_BODY_DEPTH} levels deep`);
    }
    next();
  });
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

function errorName(status: number): string {
  return status === 413 ? 'Payload Too Large' : status === 415 ? 'Unsupported Media Type' : 'Bad Request';
}
