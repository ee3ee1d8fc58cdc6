import { Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerRequest } from '@nestjs/throttler';
import { TooManyRequestsException } from '../common/too-many-requests.exception';
import { rateLimitMessage, SESSION_THROTTLER } from './execution-throttlers';

/**
 * On a route that can start several runs in one request (Judge0's batch): how
 * many a body starts, each counted by the rate limits. The body is parsed JSON of
 * any shape here (guards run before validation).
 */
export const RunsPerRequest = Reflector.createDecorator<(body: unknown) => number>();

/**
 * The throttlers of executionThrottlers() on one route, with two changes to
 * ThrottlerGuard's handling of a request: a limited request gets the API's
 * 429 shape naming the limit, with a plain Retry-After header (the library
 * would send Retry-After-<name>); and when the storage (Redis) fails or is
 * slow, the request goes through: a limiter must not be why a request fails,
 * and the queue answers 503 itself when Redis is really down.
 */
@Injectable()
export class ExecutionThrottlerGuard extends ThrottlerGuard {
  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    const { context, limit, ttl, throttler, blockDuration, getTracker, generateKey } = request;
    const name = throttler.name ?? 'default';
    const { req, res } = this.getRequestResponse(context);
    const key = generateKey(context, await getTracker(req, context), name);
    const runs = Math.max(1, this.reflector.get(RunsPerRequest, context.getHandler())?.(req.body) ?? 1);
    const count = () =>
      this.storageService.increment(key, ttl, limit, blockDuration, name).catch((err: Error) => {
        this.logger.warn(`rate limit "${name}" not checked, request let through: ${err.message}`);
        return undefined;
      });
    let record = await count();
    for (let run = 1; run < runs && record && !record.isBlocked; run++) record = await count();
    if (!record) return true;
    if (record.isBlocked) {
      const reason = name === SESSION_THROTTLER ? 'rate_limit_session' : 'rate_limit_client';
      throw new TooManyRequestsException(rateLimitMessage(name, limit), Math.max(1, record.timeToBlockExpire), reason);
    }
    this.setResponseHeader(res, `${this.headerPrefix}-Limit-${name}`, limit);
    this.setResponseHeader(res, `${this.headerPrefix}-Remaining-${name}`, Math.max(0, limit - record.totalHits));
    this.setResponseHeader(res, `${this.headerPrefix}-Reset-${name}`, record.timeToExpire);
    return true;
  }
}
