import { ValidationPipe, ValidationPipeOptions } from '@nestjs/common';

/** API.md: unknown fields are errors, every problem is listed, types are converted by the DTO. */
export const VALIDATION_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  // Numbers stay numbers: "10" for timeout is a type error, not silently converted.
  transformOptions: { enableImplicitConversion: false },
  validationError: { target: false, value: false },
};

/** The global pipe of the gateway. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe(VALIDATION_OPTIONS);
}
