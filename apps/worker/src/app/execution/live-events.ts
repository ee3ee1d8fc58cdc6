import { ExecutionEvents } from '@ghostide/queue';
import type { SandboxObserver } from '@ghostide/sandbox';
import { StringDecoder } from 'node:string_decoder';

/** An execution's live events, as a sandbox observer; end() flushes the output and says the run is over. */
export interface LiveEvents {
  observer: SandboxObserver;
  end(): void;
}

/**
 * Publishes what the sandbox reports while an execution runs: each stage as it starts, and the
 * program's output (the run stage's; compiler messages come with the result) as UTF-8 text, a
 * character split across two chunks held until it is whole.
 */
export function liveEvents(events: ExecutionEvents, executionId: string): LiveEvents {
  const decoders = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
  const publishText = (stream: 'stdout' | 'stderr', text: string) => {
    if (text) events.publish(executionId, stream, { data: text });
  };
  return {
    observer: {
      onStage: (stage) => events.publish(executionId, 'stage', { stage }),
      onOutput: (stage, stream, chunk) => {
        if (stage === 'run') publishText(stream, decoders[stream].write(chunk));
      },
    },
    end: () => {
      publishText('stdout', decoders.stdout.end());
      publishText('stderr', decoders.stderr.end());
      events.publish(executionId, 'end');
    },
  };
}
