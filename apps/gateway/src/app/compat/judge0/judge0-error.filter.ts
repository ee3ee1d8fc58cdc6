import { Catch, HttpException, HttpStatus } from '@nestjs/common';
import { messagesOf } from '../../common/exception-messages';
import { ForeignErrorFilter } from '../foreign-error.filter';
import { Judge0ErrorDto } from './dto/judge0-info.dto';

/** 422 with a body in Judge0's own shape: the problems of each attribute, or one entry per submission of a batch. */
export class Judge0UnprocessableException extends HttpException {
  constructor(body: Record<string, string[]> | unknown[]) {
    super(body, HttpStatus.UNPROCESSABLE_ENTITY);
  }
}

/**
 * Judge0's error bodies for every error of the Judge0 API, ours included:
 * a 422's attribute problems as they are; anything else {error}, with the
 * token of a run that is still going (a wait that ran out).
 */
@Catch()
export class Judge0ErrorFilter extends ForeignErrorFilter {
  protected override errorBody(exception: unknown): unknown {
    if (exception instanceof Judge0UnprocessableException) return exception.getResponse();
    const taskId = exception instanceof HttpException ? (exception.getResponse() as { task_id?: string }).task_id : undefined;
    return taskId ? { ...judge0ErrorBody(messagesOf(exception)), token: taskId } : judge0ErrorBody(messagesOf(exception));
  }
}

/** {error}, several messages joined by "; ". */
export function judge0ErrorBody(messages: string[]): Judge0ErrorDto {
  return { error: messages.join('; ') };
}
