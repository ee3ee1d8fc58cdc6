import type { SandboxFile } from './sandbox-runner';

/**
 * GIDE2, the wire format between the worker and ghostide-agent, exactly as
 * libs/sandbox/agent/PROTOCOL.md writes it down. Both directions are frames:
 * 1 type byte (ASCII), a 4-byte big-endian payload length, the payload.
 */

/** The payload of the agent's `r` frame: the protocol it speaks. */
export const PROTOCOL_VERSION = 'GIDE2';
const HEADER_BYTES = 5;
/** The agent refuses host → agent frames larger than this. */
const MAX_HOST_FRAME_BYTES = 64 * 1024 * 1024;
/** The agent's output frames (`o`, `e`) are at most this large. */
const MAX_OUTPUT_FRAME_BYTES = 64 * 1024;
/** The agent returns at most this much of a compile's files (then `n` instead of `a` frames). */
export const MAX_ARTIFACT_BYTES = 32 * 1024 * 1024;
/** An `a` frame: one artifact of at most MAX_ARTIFACT_BYTES, its path (PATH_MAX) and its mode. */
const MAX_ARTIFACT_FRAME_BYTES = MAX_ARTIFACT_BYTES + 4096 + 16;
/** `r`, `s`, `z`, `n` and `x` carry a line of text at most. */
const MAX_CONTROL_FRAME_BYTES = 64 * 1024;

/** Largest payload the agent may send, by frame type; a type not here is not an agent → host frame. */
const MAX_AGENT_FRAME_BYTES: Record<string, number> = {
  r: MAX_CONTROL_FRAME_BYTES,
  o: MAX_OUTPUT_FRAME_BYTES,
  e: MAX_OUTPUT_FRAME_BYTES,
  a: MAX_ARTIFACT_FRAME_BYTES,
  n: MAX_CONTROL_FRAME_BYTES,
  s: MAX_CONTROL_FRAME_BYTES,
  z: MAX_CONTROL_FRAME_BYTES,
  x: MAX_CONTROL_FRAME_BYTES,
};

/** One agent → host frame. */
export interface AgentFrame {
  type: string;
  payload: Buffer;
}

/** Thrown when what the agent sent breaks the protocol, or when it reports a failure of its own (`x`). */
export class AgentProtocolError extends Error {}

function frame(type: string, payload: Buffer = Buffer.alloc(0)): Buffer {
  if (payload.length > MAX_HOST_FRAME_BYTES) throw new Error(`a ${type} frame of ${payload.length} bytes exceeds the agent's ${MAX_HOST_FRAME_BYTES}`);
  const head = Buffer.alloc(HEADER_BYTES);
  head.write(type, 0, 'latin1');
  head.writeUInt32BE(payload.length, 1);
  return Buffer.concat([head, payload]);
}

const NUL = Buffer.from([0]);

/** `F` (or `X` for an executable file): a job file, written into every stage's workspace. */
export function fileFrame(file: SandboxFile): Buffer {
  if (file.path.includes('\0')) throw new Error('file paths cannot contain NUL bytes');
  const content = typeof file.content === 'string' ? Buffer.from(file.content) : file.content;
  return frame(file.executable ? 'X' : 'F', Buffer.concat([Buffer.from(file.path), NUL, content]));
}

/** `A`: send back the files a successful compile creates (`a` frames, or `n`). */
export function returnArtifactsFrame(): Buffer {
  return frame('A');
}

/** Limits of one stage, as the agent enforces them. */
export interface StageLimits {
  wallMs: number;
  cpuMs: number;
  /** stdout + stderr together. */
  outputBytes: number;
}

function stagePayload(limits: StageLimits, argv: string[]): Buffer {
  if (argv.length === 0) throw new Error('a stage needs a command');
  if (argv.some((arg) => arg.includes('\0'))) throw new Error('command arguments cannot contain NUL bytes');
  const values = [limits.wallMs, limits.cpuMs, limits.outputBytes];
  if (!values.every((value) => Number.isSafeInteger(value) && value > 0)) throw new Error(`stage limits must be positive integers: ${values.join(', ')}`);
  const line = `wall_ms=${limits.wallMs} cpu_ms=${limits.cpuMs} output_bytes=${limits.outputBytes}`;
  return Buffer.from(`${line}\n${argv.join('\0')}`);
}

/** `C`: start the compile stage (its stdin is empty). */
export function compileFrame(limits: StageLimits, argv: string[]): Buffer {
  return frame('C', stagePayload(limits, argv));
}

/** `R`: start a run stage, in a fresh jail with the job's files and the compile's artifacts. */
export function runFrame(limits: StageLimits, argv: string[]): Buffer {
  return frame('R', stagePayload(limits, argv));
}

/** `I`: stdin of the running stage; an empty one closes it (EOF). */
export function stdinFrame(data: Buffer): Buffer {
  return frame('I', data);
}

/** `S`: deliver this signal to the running stage's program. */
export function signalFrame(signal: number): Buffer {
  if (!Number.isInteger(signal) || signal <= 0 || signal > 64) throw new Error(`not a signal number: ${signal}`);
  return frame('S', Buffer.from(String(signal)));
}

/** `K`: kill the running stage (its `s` says killed=1). */
export function killFrame(): Buffer {
  return frame('K');
}

/** `Z`: end the job; the agent forgets its files and artifacts and answers `z`. */
export function endJobFrame(): Buffer {
  return frame('Z');
}

/**
 * Splits the agent's stdout into frames as it arrives: a frame may come in
 * pieces over many chunks, and one chunk may hold many frames. A length over
 * its type's bound, or a type the agent never sends, throws before any of
 * that payload is buffered, so the worker's memory does not depend on the agent.
 */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  private bufferedBytes = 0;
  /** Bytes needed before the next frame can be complete. */
  private neededBytes = HEADER_BYTES;

  /** The frames completed by this chunk, in order. */
  push(chunk: Buffer): AgentFrame[] {
    this.chunks.push(chunk);
    this.bufferedBytes += chunk.length;
    if (this.bufferedBytes < this.neededBytes) return [];
    const data = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.bufferedBytes);
    const frames: AgentFrame[] = [];
    let offset = 0;
    this.neededBytes = HEADER_BYTES;
    while (data.length - offset >= HEADER_BYTES) {
      const type = String.fromCharCode(data[offset]);
      const length = data.readUInt32BE(offset + 1);
      const maxBytes = MAX_AGENT_FRAME_BYTES[type];
      if (maxBytes === undefined) throw new AgentProtocolError(`the agent sent a frame of unknown type 0x${data[offset].toString(16).padStart(2, '0')}`);
      if (length > maxBytes) throw new AgentProtocolError(`the agent sent a ${type} frame of ${length} bytes (at most ${maxBytes})`);
      if (data.length - offset < HEADER_BYTES + length) {
        this.neededBytes = HEADER_BYTES + length;
        break;
      }
      frames.push({ type, payload: data.subarray(offset + HEADER_BYTES, offset + HEADER_BYTES + length) });
      offset += HEADER_BYTES + length;
    }
    const rest = data.subarray(offset);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.bufferedBytes = rest.length;
    return frames;
  }

  /** Bytes of a frame not complete yet; non-zero when the stream ends inside a frame. */
  get pendingBytes(): number {
    return this.bufferedBytes;
  }
}

/** A stage's end, from its `s` frame. */
export interface StageEnd {
  stage: 'compile' | 'run';
  /** null when a signal ended it (`exit=-1`). */
  exitCode: number | null;
  signal: number;
  wallMs: number;
  cpuMs: number;
  timedOut: boolean;
  outputExceeded: boolean;
  oomKilled: boolean;
  /** Ended by a `K` frame. */
  killed: boolean;
  maxRssKb: number;
}

const STAGE_END_KEYS = ['stage', 'exit', 'signal', 'wall_ms', 'cpu_ms', 'timeout', 'output_exceeded', 'oom', 'killed', 'maxrss_kb'];

/** Parses an `s` payload; keys it does not know are ignored (PROTOCOL.md: keys of `s` may grow), missing ones throw. */
export function parseStageEnd(payload: Buffer): StageEnd {
  const text = payload.toString('latin1');
  const fields = new Map(text.split(' ').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  const missing = STAGE_END_KEYS.filter((key) => !fields.has(key));
  if (missing.length > 0) throw new AgentProtocolError(`the agent's stage end lacks ${missing.join(', ')}: ${text.slice(0, 200)}`);
  const stage = fields.get('stage');
  if (stage !== 'compile' && stage !== 'run') throw new AgentProtocolError(`the agent ended an unknown stage: ${text.slice(0, 200)}`);
  const integer = (key: string, min: number): number => {
    const value = fields.get(key) ?? '';
    if (!/^-?\d{1,15}$/.test(value) || Number(value) < min) throw new AgentProtocolError(`the agent's stage end has ${key}=${value.slice(0, 20)}`);
    return Number(value);
  };
  const flag = (key: string): boolean => {
    const value = fields.get(key);
    if (value !== '0' && value !== '1') throw new AgentProtocolError(`the agent's stage end has ${key}=${value?.slice(0, 20)}, not 0 or 1`);
    return value === '1';
  };
  const exit = integer('exit', -1);
  return {
    stage,
    exitCode: exit >= 0 ? exit : null,
    signal: integer('signal', 0),
    wallMs: integer('wall_ms', 0),
    cpuMs: integer('cpu_ms', 0),
    timedOut: flag('timeout'),
    outputExceeded: flag('output_exceeded'),
    oomKilled: flag('oom'),
    killed: flag('killed'),
    maxRssKb: integer('maxrss_kb', 0),
  };
}

/** Parses an `a` payload, `<octal mode>\0<path>\0<content>`: a file the compile created. */
export function parseArtifact(payload: Buffer): SandboxFile {
  const modeEnd = payload.indexOf(0);
  const pathEnd = modeEnd < 0 ? -1 : payload.indexOf(0, modeEnd + 1);
  if (pathEnd < 0) throw new AgentProtocolError('the agent sent an artifact without a mode and a path');
  const mode = payload.subarray(0, modeEnd).toString('latin1');
  const path = payload.subarray(modeEnd + 1, pathEnd).toString();
  if (!/^[0-7]{1,6}$/.test(mode)) throw new AgentProtocolError(`the agent sent an artifact with mode "${mode.slice(0, 20)}"`);
  if (path === '') throw new AgentProtocolError('the agent sent an artifact with an empty path');
  // A copy: the frame's payload is a view into the agent's output, which is not kept.
  return { path, content: Buffer.from(payload.subarray(pathEnd + 1)), executable: (parseInt(mode, 8) & 0o100) !== 0 };
}
