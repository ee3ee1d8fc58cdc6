import type { ExecutionRequest, ExecutionResult, LanguageInfo } from '@ghostide/contracts';

export type { ExecutionRequest, ExecutionResult, LanguageInfo };

/** A non-2xx answer: its status and parsed body (the API's ErrorResponse). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`the execution API answered ${status}`);
    this.name = 'ApiError';
  }
}

/** The languages of the language select, from GET /api/v1/execution/languages. */
export function listLanguages(): Promise<LanguageInfo[]> {
  return call<LanguageInfo[]>('GET', '/api/v1/execution/languages');
}

/** Runs a program and waits for its result (POST /api/v1/execution/execute). */
export function runProgram(request: ExecutionRequest): Promise<ExecutionResult> {
  return call<ExecutionResult>('POST', '/api/v1/execution/execute', request);
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, parsed);
  return parsed as T;
}
