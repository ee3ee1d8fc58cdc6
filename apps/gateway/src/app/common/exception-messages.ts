import { HttpException } from '@nestjs/common';

/** The messages an exception carries, one or several ("Internal Server Error" for an unexpected one). */
export function messagesOf(exception: unknown): string[] {
  if (!(exception instanceof HttpException)) return ['Internal Server Error'];
  const response = exception.getResponse();
  const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.map(String);
  return [typeof message === 'string' ? message : exception.message];
}
