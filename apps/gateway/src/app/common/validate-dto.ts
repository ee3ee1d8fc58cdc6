import { Type } from '@nestjs/common';
import { createValidationPipe } from './validation';

/** Validates input that did not come through a decorated @Body (same rules, same 400 shape). */
export async function validateDto<T extends object>(dto: Type<T>, input: unknown): Promise<T> {
  return (await createValidationPipe().transform(input ?? {}, { type: 'body', metatype: dto })) as T;
}
