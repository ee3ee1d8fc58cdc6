import { AgentProtocolError, decodeAgentResponse, encodeAgentRequest } from './agent-protocol';
import { SandboxRunSpec } from './sandbox-runner';

/** Bytes written as a latin1 string: every character is one byte, "\x00" included. */
const bytes = (text: string) => Buffer.from(text, 'latin1');

function spec(overrides: Partial<SandboxRunSpec> = {}): SandboxRunSpec {
  return {
    executionId: 'exec-1',
    image: 'ghostide-sandbox-cpp',
    files: [{ path: 'a.cpp', content: 'hi' }],
    stdin: 'x',
    compile: { argv: ['cc', 'a'], timeoutMs: 1000 },
    run: { argv: ['./a', '1'], timeoutMs: 2000 },
    memoryMb: 128,
    runtime: 'runc',
    outputLimitBytes: 4096,
    ...overrides,
  };
}

/** The answer's line for one stage, with its stdout and stderr after it. */
function stage(name: string, fields: string, stdout: string, stderr: string): string {
  return `stage ${name} ${fields} stdout_len=${Buffer.byteLength(stdout)} stderr_len=${Buffer.byteLength(stderr)}\n${stdout}${stderr}`;
}

describe('encodeAgentRequest', () => {
  it('frames files, stdin, compile, run, limits and end as type byte + 4-byte big-endian length + payload', () => {
    expect(encodeAgentRequest(spec())).toEqual(
      bytes(
        'GIDE1\n' +
          'F\x00\x00\x00\x08a.cpp\x00hi' +
          'I\x00\x00\x00\x01x' +
          'C\x00\x00\x00\x04cc\x00a' +
          'R\x00\x00\x00\x05./a\x001' +
          'L\x00\x00\x00\x0e1000 2000 4096' +
          'E\x00\x00\x00\x00',
      ),
    );
  });

  it('leaves out stdin when there is none and the compile stage when there is none, with 0 ms for compile', () => {
    expect(encodeAgentRequest(spec({ files: [], stdin: '', compile: undefined }))).toEqual(
      bytes('GIDE1\n' + 'R\x00\x00\x00\x05./a\x001' + 'L\x00\x00\x00\x0b0 2000 4096' + 'E\x00\x00\x00\x00'),
    );
  });

  it('writes one F record per file, in order', () => {
    const request = encodeAgentRequest(spec({ files: [{ path: 'a', content: '1' }, { path: 'b/c', content: '' }], compile: undefined }));
    expect(request.subarray(6, 6 + 8 + 9)).toEqual(bytes('F\x00\x00\x00\x03a\x001' + 'F\x00\x00\x00\x04b/c\x00'));
  });

  it('encodes text as UTF-8 and counts its length in bytes', () => {
    const request = encodeAgentRequest(spec({ files: [{ path: 'é', content: '€' }], stdin: '', compile: undefined }));
    // "é" is 2 bytes, NUL 1, "€" 3: 6 bytes of payload.
    expect(request.subarray(6, 6 + 5 + 6)).toEqual(Buffer.concat([bytes('F\x00\x00\x00\x06'), Buffer.from('é\0€')]));
  });

  it('encodes a payload longer than 255 bytes with all four length bytes', () => {
    const request = encodeAgentRequest(spec({ files: [], stdin: 'y'.repeat(0x0102), compile: undefined }));
    expect(request.subarray(6, 11)).toEqual(bytes('I\x00\x00\x01\x02'));
  });

  it('refuses an argument containing NUL, which would split it in two', () => {
    expect(() => encodeAgentRequest(spec({ run: { argv: ['./a', 'x\0y'], timeoutMs: 1 } }))).toThrow(
      'command arguments cannot contain NUL bytes',
    );
  });
});

describe('decodeAgentResponse', () => {
  const compileStage = stage('compile', 'exit=0 signal=0 wall_ms=850 timeout=0 output_exceeded=0 oom=0 maxrss_kb=90000', '', 'warn\n');
  const runStage = stage('run', 'exit=3 signal=0 wall_ms=12 timeout=0 output_exceeded=0 oom=0 maxrss_kb=1800', 'out\nput', 'é');

  it('decodes a compile and a run stage with their output', () => {
    expect(decodeAgentResponse(Buffer.from(compileStage + runStage + 'end\n'))).toEqual({
      compile: {
        exitCode: 0,
        signal: 0,
        wallMs: 850,
        timedOut: false,
        outputExceeded: false,
        oomKilled: false,
        maxRssKb: 90000,
        stdout: Buffer.from(''),
        stderr: Buffer.from('warn\n'),
      },
      run: {
        exitCode: 3,
        signal: 0,
        wallMs: 12,
        timedOut: false,
        outputExceeded: false,
        oomKilled: false,
        maxRssKb: 1800,
        stdout: Buffer.from('out\nput'),
        stderr: Buffer.from('é'),
      },
    });
  });

  it('decodes a killed stage: exit -1 as a null exit code, the signal number, and the timeout, output and oom flags', () => {
    const killed = stage('run', 'exit=-1 signal=9 wall_ms=2001 timeout=1 output_exceeded=1 oom=1 maxrss_kb=0', '', '');
    expect(decodeAgentResponse(Buffer.from(killed + 'end\n')).run).toMatchObject({
      exitCode: null,
      signal: 9,
      timedOut: true,
      outputExceeded: true,
      oomKilled: true,
    });
  });

  it('keeps output bytes as they are, even when they contain the answer\'s own keywords and newlines', () => {
    const tricky = stage('run', 'exit=0 signal=0 wall_ms=1 timeout=0 output_exceeded=0 oom=0 maxrss_kb=1', 'end\nstage run\n', 'error x\n');
    const run = decodeAgentResponse(Buffer.from(tricky + 'end\n')).run;
    expect(run?.stdout.toString()).toBe('end\nstage run\n');
    expect(run?.stderr.toString()).toBe('error x\n');
  });

  it('decodes an answer with no stages', () => {
    expect(decodeAgentResponse(Buffer.from('end\n'))).toEqual({});
  });

  /** The AgentProtocolError decodeAgentResponse throws for this answer. */
  function failure(answer: string): AgentProtocolError {
    try {
      decodeAgentResponse(Buffer.from(answer));
    } catch (err) {
      if (err instanceof AgentProtocolError) return err;
      throw err;
    }
    throw new Error('decodeAgentResponse accepted the answer');
  }

  it('turns "error ..." into an AgentProtocolError with the agent\'s message and the stages before it', () => {
    const error = failure(compileStage + 'error cannot write /workspace/a.cpp: No space left on device\n');
    expect(error.message).toBe('sandbox agent failed: cannot write /workspace/a.cpp: No space left on device');
    expect(error.partial.compile?.stderr.toString()).toBe('warn\n');
    expect(error.partial.run).toBeUndefined();
  });

  it('turns an answer cut inside a stage\'s output into an AgentProtocolError with the complete stages before it', () => {
    const cut = (compileStage + runStage).slice(0, -3);
    const error = failure(cut);
    expect(error.message).toBe('sandbox answer ended inside a stage output');
    expect(error.partial.compile?.exitCode).toBe(0);
    expect(error.partial.run).toBeUndefined();
  });

  it('turns an answer cut before "end" into an AgentProtocolError with every stage decoded', () => {
    const error = failure(compileStage + runStage);
    expect(error.message).toMatch(/^sandbox answer ended early \(\d+ bytes\)$/);
    expect(error.partial.compile?.wallMs).toBe(850);
    expect(error.partial.run?.exitCode).toBe(3);
  });

  it('turns an empty answer into an AgentProtocolError with no stages', () => {
    const error = failure('');
    expect(error.message).toBe('sandbox answer ended early (0 bytes)');
    expect(error.partial).toEqual({});
  });

  it('rejects a line it does not understand', () => {
    expect(failure('hello\n').message).toBe('unexpected sandbox answer line: hello');
    expect(failure('stage link exit=0\n').message).toBe('unexpected sandbox answer line: stage link exit=0');
  });
});
