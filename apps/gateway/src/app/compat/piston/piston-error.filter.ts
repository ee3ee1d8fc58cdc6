import { Catch } from '@nestjs/common';
import { ForeignErrorFilter, messagesOf } from '../foreign-error.filter';
import { PistonErrorDto } from './dto/piston-execute-response.dto';

/** Piston's error body, {message} (docs/api-v2.md), for every error of the Piston API, ours included. */
@Catch()
export class PistonErrorFilter extends ForeignErrorFilter {
  protected override errorBody(exception: unknown): PistonErrorDto {
    return pistonErrorBody(messagesOf(exception));
  }
}

/** {message}, several messages joined by "; ". */
export function pistonErrorBody(messages: string[]): PistonErrorDto {
  return { message: messages.join('; ') };
}
