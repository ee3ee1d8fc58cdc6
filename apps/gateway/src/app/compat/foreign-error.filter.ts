import { ArgumentsHost, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { HttpExceptionFilter } from '../common/http-exception.filter';

/**
 * HttpExceptionFilter (Retry-After, 5xx logged once) for an API whose errors
 * have another shape than ours: subclasses say what the body is.
 */
export abstract class ForeignErrorFilter extends HttpExceptionFilter {
  protected override reply(exception: unknown, host: ArgumentsHost): void {
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    host.switchToHttp().getResponse<Response>().status(status).json(this.errorBody(exception, status));
  }

  /** The body of this API for the exception (unexpected errors come with status 500). */
  protected abstract errorBody(exception: unknown, status: number): unknown;
}
