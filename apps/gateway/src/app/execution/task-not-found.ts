import { NotFoundException } from '@nestjs/common';
import { ApiNotFoundErrorResponse } from '../common/error-responses';

/** The 404 of every task endpoint: an unknown task, or one past its retention. */
export function taskNotFound(taskId: string): NotFoundException {
  return new NotFoundException(`task "${taskId}" not found (unknown, or its result has expired)`);
}

/** Its OpenAPI side. */
export function ApiTaskNotFoundResponse(): MethodDecorator {
  return ApiNotFoundErrorResponse('Unknown task, or its result is past retention.', taskNotFound('5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a').message);
}
