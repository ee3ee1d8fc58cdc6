import { SandboxOutcome, SandboxRunSpec, StageOutcome } from './sandbox-runner';

/**
 * The wire format of libs/sandbox/agent/ghostide-agent.c, the process that
 * waits inside each sandbox. See the comment at the top of that file.
 */
const MAGIC = Buffer.from('GIDE1\n');

function record(type: string, payload: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeUInt32BE(payload.length, 1);
  return Buffer.concat([head, payload]);
}

function argvPayload(argv: string[]): Buffer {
  if (argv.some((arg) => arg.includes('\0'))) throw new Error('command arguments cannot contain NUL bytes');
  return Buffer.from(argv.join('\0'));
}

/**
 * Encodes one execution as the agent's request. With returnArtifacts, the
 * agent sends back the files a successful compile stage created (for the compile cache).
 */
export function encodeAgentRequest(spec: SandboxRunSpec, options: { returnArtifacts?: boolean } = {}): Buffer {
  const parts: Buffer[] = [MAGIC];
  for (const file of spec.files) {
    const content = typeof file.content === 'string' ? Buffer.from(file.content) : file.content;
    parts.push(record(file.executable ? 'X' : 'F', Buffer.concat([Buffer.from(file.path), Buffer.from([0]), content])));
  }
  if (options.returnArtifacts) parts.push(record('A', Buffer.alloc(0)));
  if (spec.stdin) parts.push(record('I', Buffer.from(spec.stdin)));
  if (spec.compile) parts.push(record('C', argvPayload(spec.compile.argv)));
  parts.push(record('R', argvPayload(spec.run.argv)));
  const compileMs = spec.compile?.timeoutMs ?? 0;
  parts.push(record('L', Buffer.from(`${compileMs} ${spec.run.timeoutMs} ${spec.outputLimitBytes}`)));
  parts.push(record('E', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/** Thrown when the agent reports a failure of its own or its answer is cut short. */
export class AgentProtocolError extends Error {
  constructor(
    message: string,
    /** The stages decoded before the answer broke off. */
    readonly partial: SandboxOutcome = {},
  ) {
    super(message);
  }
}

/** Decodes the agent's answer; incomplete answers throw, with what was decoded so far. */
export function decodeAgentResponse(data: Buffer): SandboxOutcome {
  const outcome: SandboxOutcome = {};
  let offset = 0;
  for (;;) {
    const newline = data.indexOf(0x0a, offset);
    if (newline < 0) throw new AgentProtocolError(`sandbox answer ended early (${data.length} bytes)`, outcome);
    const line = data.subarray(offset, newline).toString();
    offset = newline + 1;
    if (line === 'end') return outcome;
    if (line === 'artifacts_skipped') continue;
    if (line.startsWith('error ')) throw new AgentProtocolError(`sandbox agent failed: ${line.slice(6)}`, outcome);
    if (line.startsWith('artifact ')) {
      const [, mode, contentLength, pathLength] = line.split(' ').map((part, index) => (index === 1 ? parseInt(part, 8) : Number(part)));
      const pathEnd = offset + pathLength;
      const contentEnd = pathEnd + contentLength;
      if (!(contentEnd <= data.length)) throw new AgentProtocolError('sandbox answer ended inside an artifact', outcome);
      (outcome.artifacts ??= []).push({
        path: data.subarray(offset, pathEnd).toString(),
        content: Buffer.from(data.subarray(pathEnd, contentEnd)),
        executable: (mode & 0o100) !== 0,
      });
      offset = contentEnd;
      continue;
    }
    const [word, name, ...pairs] = line.split(' ');
    if (word !== 'stage' || (name !== 'compile' && name !== 'run')) {
      throw new AgentProtocolError(`unexpected sandbox answer line: ${line.slice(0, 80)}`);
    }
    const fields = Object.fromEntries(pairs.map((pair) => pair.split('=')).map(([key, value]) => [key, Number(value)]));
    const stdoutEnd = offset + fields['stdout_len'];
    const stderrEnd = stdoutEnd + fields['stderr_len'];
    if (!(stderrEnd <= data.length)) throw new AgentProtocolError('sandbox answer ended inside a stage output', outcome);
    const stage: StageOutcome = {
      exitCode: fields['exit'] >= 0 ? fields['exit'] : null,
      signal: fields['signal'],
      wallMs: fields['wall_ms'],
      timedOut: fields['timeout'] === 1,
      outputExceeded: fields['output_exceeded'] === 1,
      oomKilled: fields['oom'] === 1,
      maxRssKb: fields['maxrss_kb'],
      stdout: data.subarray(offset, stdoutEnd),
      stderr: data.subarray(stdoutEnd, stderrEnd),
    };
    outcome[name] = stage;
    offset = stderrEnd;
  }
}

/** True when data holds a whole answer (it decodes); used to stop reading without waiting for the container to exit. */
export function isCompleteAgentResponse(data: Buffer): boolean {
  try {
    decodeAgentResponse(data);
    return true;
  } catch {
    return false;
  }
}
