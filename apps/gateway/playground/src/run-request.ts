import type { ExecutionRequest } from '@ghostide/execution-client';

/** The form's boxes, as typed. */
export interface RunFormValues {
  language: string;
  code: string;
  stdin: string;
  /** One argument per line. */
  args: string;
}

/** The request Run sends: stdin and args only when given, so the API's defaults apply otherwise. */
export function toExecutionRequest(values: RunFormValues): ExecutionRequest {
  const request: ExecutionRequest = { language: values.language, code: values.code };
  if (values.stdin !== '') request.stdin = values.stdin;
  const args = parseArgs(values.args);
  if (args.length > 0) request.args = args;
  return request;
}

/**
 * One argument per line, exactly as typed (spaces and quotes are part of the
 * argument: no shell-like parsing to get wrong). A final newline ends the last
 * line rather than adding an empty argument; other empty lines are empty arguments.
 */
export function parseArgs(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
