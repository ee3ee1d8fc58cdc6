import type { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';

/** Largest accepted request body: 50 KB of source plus 1 MB of stdin, JSON-escaped, fits. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * JSON body parsing with JSON errors: body-parser's own errors would reach
 * Express's HTML error page; here they become 400 (malformed), 413 (too
 * large) or 415 (bad encoding) in the API's error shape.
 */
export function useJsonBodyParser(app: INestApplication): void {
  app.use(express.json({ limit: MAX_BODY_BYTES }));
  app.use((err: BodyParserError, _req: Request, res: Response, next: NextFunction) => {
    if (!err.type) return next(err);
    const status = err.status ?? 400;
    const message =
      err.type === 'entity.too.large'
        ? `request body is larger than ${MAX_BODY_BYTES} bytes`
        : err.type === 'entity.parse.failed'
          ? `request body is not valid JSON: ${err.message}`
          : `request body could not be read: ${err.message}`;
    res.status(status).json({ statusCode: status, message: [message], error: errorName(status) });
  });
}

interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

function errorName(status: number): string {
  return status === 413 ? 'Payload Too Large' : status === 415 ? 'Unsupported Media Type' : 'Bad Request';
}
