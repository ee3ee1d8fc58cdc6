import { Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerRequest } from '@nestjs/throttler';
import { TooManyRequestsException } from '../common/too-many-requests.exception';
import { rateLimitMessage, SESSION_THROTTLER } from './execution-throttlers';

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
    const record = await this.storageService.increment(key, ttl, limit, blockDuration, name).catch((err: Error) => {
      this.logger.warn(`rate limit "${name}" not checked, request let through: ${err.message}`);
      return undefined;
    });
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
