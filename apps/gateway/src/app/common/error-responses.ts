import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiPayloadTooLargeResponse,
  ApiServiceUnavailableResponse,
  ApiTooManyRequestsResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { MAX_BODY_BYTES } from './body-parser';
import { ErrorResponseDto } from './error-response.dto';

/*
 * The OpenAPI side of the error answers: each is an ErrorResponseDto, with
 * examples of what the gateway really sends for that status.
 */

function errorBody(statusCode: number, error: string, message: string | string[], extra: Record<string, unknown> = {}) {
  return { statusCode, message, error, ...extra };
}

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', example: 5 } } };

/** The 503 answers of the execution endpoints, by the cause their message names. */
const UNAVAILABLE_EXAMPLES = {
  noWorker: { summary: 'No worker alive', value: errorBody(503, 'Service Unavailable', 'no execution worker is available') },
  notInstalled: {
    summary: 'Language not installed yet',
    value: errorBody(
      503,
      'Service Unavailable',
      'language "go" is not installed yet: its sandbox image is still being built (installed: false in GET /api/v1/execution/languages); try again later',
    ),
  },
  queueFull: { summary: 'Queue full', value: errorBody(503, 'Service Unavailable', 'the execution queue is full (200 waiting)') },
  redisDown: { summary: 'Redis down', value: errorBody(503, 'Service Unavailable', 'the execution queue is unavailable') },
  stillRunning: {
    summary: 'Sync run still going: poll it as a task',
    value: errorBody(
      503,
      'Service Unavailable',
      'the execution is taking longer than expected; poll it with GET /api/v1/execution/task/{task_id}',
      { task_id: '5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a' },
    ),
  },
};

/** 400, 413 and 415: what the JSON body parser and the validation pipe answer to a bad body. */
export function ApiRequestBodyErrors(): MethodDecorator {
  return applyDecorators(
    ApiBadRequestResponse({
      type: ErrorResponseDto,
      description: 'Malformed JSON or an invalid request; message lists every problem.',
      examples: {
        invalid: {
          summary: 'Invalid fields',
          value: errorBody(400, 'Bad Request', [
            'files[1].name "../x.py" may not contain ".."',
            'timeout must not be greater than 30',
            'property color should not exist',
          ]),
        },
        malformed: {
          summary: 'Malformed JSON',
          value: errorBody(400, 'Bad Request', [`request body is not valid JSON: Expected property name or '}' in JSON at position 1`]),
        },
      },
    }),
    ApiPayloadTooLargeResponse({
      type: ErrorResponseDto,
      description: `Request body over ${MAX_BODY_BYTES} bytes.`,
      example: errorBody(413, 'Payload Too Large', [`request body is larger than ${MAX_BODY_BYTES} bytes`]),
    }),
    ApiUnsupportedMediaTypeResponse({
      type: ErrorResponseDto,
      description: 'A charset or Content-Encoding the body parser does not support.',
      example: errorBody(415, 'Unsupported Media Type', ['request body could not be read: unsupported content encoding "compress"']),
    }),
  );
}

/** 429 of the two run endpoints, which share their rate limits and the per-session bound. */
export function ApiRateLimitedResponse(): MethodDecorator {
  return ApiTooManyRequestsResponse({
    type: ErrorResponseDto,
    description:
      'A rate limit (per client address, per session_id) or the bound on jobs a session_id may have waiting or running; ' +
      'message names which. See Retry-After.',
    headers: RETRY_AFTER,
    examples: {
      client: {
        summary: 'Per-client rate limit',
        value: errorBody(429, 'Too Many Requests', 'per-client rate limit exceeded: at most 120 executions a minute from one client address'),
      },
      session: {
        summary: 'Per-session bound on queued jobs',
        value: errorBody(
          429,
          'Too Many Requests',
          'per-session queue bound reached: this session_id already has 10 executions waiting or running (at most 10); retry when one has finished',
        ),
      },
    },
  });
}

/** 503 with Retry-After, with an example of each cause the endpoint may answer. */
export function ApiRetryLaterResponse(description: string, causes: (keyof typeof UNAVAILABLE_EXAMPLES)[]): MethodDecorator {
  return ApiServiceUnavailableResponse({
    type: ErrorResponseDto,
    description: `${description} See Retry-After.`,
    headers: RETRY_AFTER,
    examples: Object.fromEntries(causes.map((cause) => [cause, UNAVAILABLE_EXAMPLES[cause]])),
  });
}

/** 404 naming what was not found. */
export function ApiNotFoundErrorResponse(description: string, message: string): MethodDecorator {
  return ApiNotFoundResponse({ type: ErrorResponseDto, description, example: errorBody(404, 'Not Found', message) });
}

/** 409 naming why the request conflicts with the resource's state. */
export function ApiConflictErrorResponse(description: string, message: string): MethodDecorator {
  return ApiConflictResponse({ type: ErrorResponseDto, description, example: errorBody(409, 'Conflict', message) });
}
