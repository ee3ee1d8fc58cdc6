import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';

/** Shown by browsers in their sign-in prompt. */
const REALM = 'GhostIDE queue dashboard';

/**
 * The gate of the queue dashboard. Without a token the dashboard is off and
 * answers 404 like any unknown path. With one, a request needs HTTP basic
 * auth with the token as its password (any user name): browsers ask for it
 * themselves, curl takes `-u admin:$ADMIN_TOKEN`.
 */
export function adminAuth(token: string | undefined): RequestHandler {
  const expected = token === undefined ? undefined : sha256(token);
  return (req: Request, res: Response, next: NextFunction) => {
    if (!expected) {
      res.status(404).json({ statusCode: 404, message: `Cannot ${req.method} ${req.originalUrl.split('?')[0]}`, error: 'Not Found' });
      return;
    }
    const password = basicAuthPassword(req.headers.authorization);
    // Digests of equal length, compared in constant time: the answer's timing says nothing about the token.
    if (password !== undefined && timingSafeEqual(sha256(password), expected)) {
      next();
      return;
    }
    res.setHeader('WWW-Authenticate', `Basic realm="${REALM}", charset="UTF-8"`);
    res.status(401).json({
      statusCode: 401,
      message: 'the queue dashboard needs HTTP basic auth with ADMIN_TOKEN as the password',
      error: 'Unauthorized',
    });
  };
}

/** The password of an "Authorization: Basic base64(user:password)" header, or undefined. */
export function basicAuthPassword(header: string | undefined): string | undefined {
  const match = /^Basic +([A-Za-z0-9+/]+=*) *$/i.exec(header ?? '');
  if (!match) return undefined;
  const credentials = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = credentials.indexOf(':');
  return colon < 0 ? undefined : credentials.slice(colon + 1);
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
