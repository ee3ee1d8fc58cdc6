import { ArgumentsHost, Catch, HttpException, Inject, Logger, Optional } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Request, Response } from 'express';
import type { Counter } from 'prom-client';
import { REQUESTS_REJECTED } from '../metrics/gateway-metrics';
import { rejectionReason } from './rejection-reason';
import { RetryLaterException } from './retry-later.exception';
import { TooManyRequestsException } from './too-many-requests.exception';

/** An API served beside ours whose errors, on its paths, have its own shape. */
export interface ForeignErrorShape {
  /** Where it is served, e.g. "/api/v2": that path and everything under it. */
  pathPrefix: string;
  /** Its error body for the exception. */
  errorBody: (exception: unknown) => unknown;
}

/** DI token of the ForeignErrorShape[] the global filter answers with on their paths. */
export const FOREIGN_ERROR_SHAPES = Symbol('FOREIGN_ERROR_SHAPES');

/**
 * The one global filter: adds Retry-After to 503s and 429s, counts every
 * rejected request by reason (ghostide_requests_rejected_total), and logs every
 * 5xx once with the request that caused it (never its body: it may hold user code).
 * On the paths of an API served beside ours (FOREIGN_ERROR_SHAPES: Piston's,
 * Judge0's submissions) errors take that API's shape; Judge0's controller, which
 * may be served at the root, uses a subclass for the same.
 */
@Catch()
export class HttpExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  constructor(
    @InjectMetric(REQUESTS_REJECTED) private readonly rejected: Counter<'reason'>,
    @Optional() @Inject(FOREIGN_ERROR_SHAPES) private readonly foreignErrorShapes: ForeignErrorShape[] = [],
  ) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    if (exception instanceof RetryLaterException || exception instanceof TooManyRequestsException) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    const reason = rejectionReason(exception);
    if (reason) this.rejected.inc({ reason });
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    if (status >= 500) {
      const cause = exception instanceof Error ? exception.message : String(exception);
      this.logger.error(`${request.method} ${request.path} -> ${status}: ${cause}`, exception instanceof HttpException ? undefined : (exception as Error)?.stack);
    }
    this.reply(exception, host);
  }

  /** Writes the error body: Nest's shape, or a compatibility API's own on its paths (its controllers' filters do the same). */
  protected reply(exception: unknown, host: ArgumentsHost): void {
    const path = host.switchToHttp().getRequest<Request>().path;
    const foreign = this.foreignErrorShapes.find(({ pathPrefix }) => path === pathPrefix || path.startsWith(`${pathPrefix}/`));
    if (!foreign) return super.catch(exception, host);
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    host.switchToHttp().getResponse<Response>().status(status).json(foreign.errorBody(exception));
  }
}
