import type { ExecutionContext } from '@nestjs/common';
import type { AppConfig } from '@ghostide/config';
import { normalizeIp, ThrottlerOptions } from '@nestjs/throttler';
import type { Request } from 'express';

/** Counts executions per client address (req.ip; see TRUST_PROXY). */
export const CLIENT_THROTTLER = 'client';
/** Counts executions per session_id of the body; requests without one are only counted per client. */
export const SESSION_THROTTLER = 'session';

const ONE_MINUTE_MS = 60_000;
/** ExecuteRequestDto's bound on session_id; a longer or non-string one is a 400 from the pipe, not a session. */
const MAX_SESSION_ID_LENGTH = 128;

/**
 * The throttlers of the execution endpoints, from RATE_LIMIT_CLIENT_PER_MINUTE
 * and RATE_LIMIT_SESSION_PER_MINUTE; a limit of 0 leaves its throttler out.
 * Keys name the throttler and the tracker only, not the route, so execute and
 * execute/async share one count.
 */
export function executionThrottlers(rateLimit: AppConfig['rateLimit']): ThrottlerOptions[] {
  const throttlers: ThrottlerOptions[] = [];
  if (rateLimit.clientPerMinute > 0) {
    throttlers.push({
      name: CLIENT_THROTTLER,
      limit: rateLimit.clientPerMinute,
      ttl: ONE_MINUTE_MS,
      // IPv6 clients count by their /64, as one host usually holds the whole subnet.
      getTracker: (request) => normalizeIp((request as Request).ip ?? 'unknown'),
      generateKey: rateLimitKey,
    });
  }
  if (rateLimit.sessionPerMinute > 0) {
    throttlers.push({
      name: SESSION_THROTTLER,
      limit: rateLimit.sessionPerMinute,
      ttl: ONE_MINUTE_MS,
      // Guards run before the pipe: the body is parsed JSON of any shape here.
      skipIf: (context: ExecutionContext) => sessionIdOf(context.switchToHttp().getRequest<Request>().body) === undefined,
      getTracker: (request) => sessionIdOf((request as Request).body) ?? '',
      generateKey: rateLimitKey,
    });
  }
  return throttlers;
}

/** The 429 message of a throttler: which limit, and how much it allows. */
export function rateLimitMessage(throttlerName: string, limit: number): string {
  return throttlerName === SESSION_THROTTLER
    ? `per-session rate limit exceeded: at most ${limit} executions a minute for one session_id`
    : `per-client rate limit exceeded: at most ${limit} executions a minute from one client address`;
}

/** The body's session_id when it is one the API accepts, else undefined. */
export function sessionIdOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const sessionId = (body as { session_id?: unknown }).session_id;
  return typeof sessionId === 'string' && sessionId.length > 0 && sessionId.length <= MAX_SESSION_ID_LENGTH ? sessionId : undefined;
}

function rateLimitKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
  return `ghostide:rate-limit:${throttlerName}:${tracker}`;
}
