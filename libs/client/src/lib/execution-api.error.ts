/** A non-2xx answer of the execution API: its status, its body and, for 429 and 503, when to retry. */
export class ExecutionApiError extends Error {
  /** The HTTP status, e.g. 400, 404, 429, 503. */
  readonly status: number;
  /** Seconds to wait before retrying (Retry-After of 429 and 503); undefined without that header. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    /** What was asked, e.g. "POST /api/v1/execution/execute/async". */
    readonly operation: string,
    response: Response,
    /** The parsed body: an ErrorResponse ({statusCode, message, error}) for every documented error. */
    readonly body: unknown,
  ) {
    super(`${operation} answered ${response.status}: ${messageOf(body)}`);
    this.name = 'ExecutionApiError';
    this.status = response.status;
    const retryAfter = Number(response.headers.get('Retry-After') ?? NaN);
    this.retryAfterSeconds = Number.isFinite(retryAfter) ? retryAfter : undefined;
  }
}

function messageOf(body: unknown): string {
  const message = (body as { message?: unknown } | undefined)?.message;
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string') return message;
  return typeof body === 'string' ? body : JSON.stringify(body);
}
