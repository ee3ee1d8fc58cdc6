import { PistonErrorDto } from './dto/piston-execute-response.dto';

/**
 * Piston's error body, {message} (docs/api-v2.md), several messages joined by "; ".
 * Every error under /api/v2 gets it from the global filter (foreign-error-shapes.ts).
 */
export function pistonErrorBody(messages: string[]): PistonErrorDto {
  return { message: messages.join('; ') };
}
