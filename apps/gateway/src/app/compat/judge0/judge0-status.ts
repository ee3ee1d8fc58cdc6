import { ExecutionResult, ExecutionStatus, TaskStatus } from '@ghostide/contracts';
import { signalNumber } from '../signal-number';

/** A Judge0 status: {id, description}. */
export interface Judge0Status {
  id: number;
  description: string;
}

/** Judge0's statuses, ids and descriptions as app/enumerations/status.rb defines them. */
export const JUDGE0_STATUSES: readonly Judge0Status[] = [
  { id: 1, description: 'In Queue' },
  { id: 2, description: 'Processing' },
  { id: 3, description: 'Accepted' },
  { id: 4, description: 'Wrong Answer' },
  { id: 5, description: 'Time Limit Exceeded' },
  { id: 6, description: 'Compilation Error' },
  { id: 7, description: 'Runtime Error (SIGSEGV)' },
  { id: 8, description: 'Runtime Error (SIGXFSZ)' },
  { id: 9, description: 'Runtime Error (SIGFPE)' },
  { id: 10, description: 'Runtime Error (SIGABRT)' },
  { id: 11, description: 'Runtime Error (NZEC)' },
  { id: 12, description: 'Runtime Error (Other)' },
  { id: 13, description: 'Internal Error' },
  { id: 14, description: 'Exec Format Error' },
];

/** Runtime error statuses of a signal, as Status.find_runtime_error_by_status_code; any other signal is 12. */
const SIGNAL_STATUS: Record<number, number> = { 11: 7, 25: 8, 8: 9, 6: 10 };

/** What the Judge0 submission says about how its run went. */
export interface Judge0Outcome {
  status: Judge0Status;
  /** isolate's message, as Judge0 passes it on: "Time limit exceeded", "Exited with error status 1", … */
  message: string | null;
}

/**
 * A task as Judge0 reports it. Accepted or Wrong Answer compare stdout with
 * expected_output as Judge0 does (trailing spaces of each line and trailing
 * lines ignored). Time Limit Exceeded also when the run took longer than
 * timeLimitSeconds, which may be below the 1 s our sandbox stops a run at.
 * Runtime errors are told apart by signal (SIGSEGV 7, SIGXFSZ 8, SIGFPE 9,
 * SIGABRT 10, other 12) or a non-zero exit (NZEC 11); output beyond the limit is
 * SIGXFSZ, as a Judge0 program writing past max_file_size gets it.
 */
export function judge0Outcome(task: TaskStatus, expectedOutput: string | null, timeLimitSeconds: number): Judge0Outcome {
  if (task.status === 'queued') return outcome(1);
  if (task.status === 'running') return outcome(2);
  const result = task.result;
  if (task.status === 'failed' || !result) return outcome(13, task.error ?? 'the execution failed');
  switch (result.status) {
    case ExecutionStatus.InternalError:
      return outcome(13, result.error ?? 'internal error');
    case ExecutionStatus.CompileError:
      return outcome(6);
    case ExecutionStatus.Timeout:
      return outcome(5, 'Time limit exceeded');
    case ExecutionStatus.OutputLimitExceeded:
      return outcome(8, 'Output limit exceeded');
    // Judge0 cannot cancel; a run stopped before its end is a runtime error of no particular kind.
    case ExecutionStatus.Cancelled:
      return outcome(12, 'Cancelled');
    case ExecutionStatus.RuntimeError:
    case ExecutionStatus.MemoryLimitExceeded:
      return runtimeError(result);
  }
  if (result.execution_time_ms > timeLimitSeconds * 1000) return outcome(5, 'Time limit exceeded');
  if (expectedOutput === null) return outcome(3);
  return outcome(judge0Strip(result.stdout) === judge0Strip(expectedOutput) ? 3 : 4);
}

function runtimeError(result: ExecutionResult): Judge0Outcome {
  const signal = result.signal === null ? undefined : signalNumber(result.signal);
  if (signal !== undefined) return outcome(SIGNAL_STATUS[signal] ?? 12, `Caught fatal signal ${signal}`);
  if (result.exit_code) return outcome(11, `Exited with error status ${result.exit_code}`);
  return outcome(12, result.status === ExecutionStatus.MemoryLimitExceeded ? 'Memory limit exceeded' : null);
}

/** Judge0's strip (isolate_job.rb): each line without trailing whitespace, and no trailing lines. */
export function judge0Strip(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trimEnd();
}

function outcome(id: number, message: string | null = null): Judge0Outcome {
  return { status: JUDGE0_STATUSES[id - 1], message };
}
