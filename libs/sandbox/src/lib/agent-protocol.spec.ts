import {
  AgentFrame,
  AgentProtocolError,
  compileFrame,
  endJobFrame,
  fileFrame,
  FrameDecoder,
  killFrame,
  parseArtifact,
  parseStageEnd,
  returnArtifactsFrame,
  runFrame,
  signalFrame,
  stdinFrame,
} from './agent-protocol';

/** Bytes written as a latin1 string: every character is one byte, "\x00" included. */
const bytes = (text: string) => Buffer.from(text, 'latin1');
const limits = { wallMs: 2000, cpuMs: 1500, outputBytes: 4096 };

describe('host → agent frames (type byte, 4-byte big-endian length, payload)', () => {
  it('F: path, NUL, content', () => {
    expect(fileFrame({ path: 'a.cpp', content: 'hi' })).toEqual(bytes('F\x00\x00\x00\x08a.cpp\x00hi'));
  });

  it('X: the same for an executable file, with Buffer content kept byte for byte', () => {
    expect(fileFrame({ path: 'b/a.out', content: Buffer.from([0x7f, 0x45, 0]), executable: true })).toEqual(bytes('X\x00\x00\x00\x0bb/a.out\x00\x7fE\x00'));
  });

  it('encodes text as UTF-8 and counts its length in bytes', () => {
    // "é" is 2 bytes, NUL 1, "€" 3: 6 bytes of payload.
    expect(fileFrame({ path: 'é', content: '€' })).toEqual(Buffer.concat([bytes('F\x00\x00\x00\x06'), Buffer.from('é\0€')]));
  });

  it('A, K and Z are empty', () => {
    expect(returnArtifactsFrame()).toEqual(bytes('A\x00\x00\x00\x00'));
    expect(killFrame()).toEqual(bytes('K\x00\x00\x00\x00'));
    expect(endJobFrame()).toEqual(bytes('Z\x00\x00\x00\x00'));
  });

  it('C: the limits line, a newline, then argv NUL-separated', () => {
    const line = 'wall_ms=2000 cpu_ms=1500 output_bytes=4096';
    expect(compileFrame(limits, ['g++', '-O2', 'a.cpp'])).toEqual(bytes(`C\x00\x00\x00\x38${line}\ng++\x00-O2\x00a.cpp`));
  });

  it('R: the same as C, with the run type', () => {
    expect(runFrame({ wallMs: 1, cpuMs: 2, outputBytes: 3 }, ['./a'])).toEqual(bytes('R\x00\x00\x00\x25wall_ms=1 cpu_ms=2 output_bytes=3\n./a'));
  });

  it('I: stdin bytes, all four length bytes used past 255; an empty I is the EOF', () => {
    expect(stdinFrame(Buffer.alloc(0x010203, 'y')).subarray(0, 5)).toEqual(bytes('I\x00\x01\x02\x03'));
    expect(stdinFrame(Buffer.alloc(0))).toEqual(bytes('I\x00\x00\x00\x00'));
  });

  it('S: the signal number in decimal', () => {
    expect(signalFrame(15)).toEqual(bytes('S\x00\x00\x00\x0215'));
  });

  it('refuses what the agent could not read back as sent', () => {
    expect(() => runFrame(limits, ['./a', 'x\0y'])).toThrow('command arguments cannot contain NUL bytes');
    expect(() => runFrame(limits, [])).toThrow('a stage needs a command');
    expect(() => runFrame({ ...limits, cpuMs: 1.5 }, ['./a'])).toThrow('stage limits must be positive integers');
    expect(() => fileFrame({ path: 'a\0b', content: '' })).toThrow('file paths cannot contain NUL bytes');
    expect(() => signalFrame(0)).toThrow('not a signal number: 0');
    expect(() => stdinFrame(Buffer.alloc(64 * 1024 * 1024 + 1))).toThrow("exceeds the agent's 67108864");
  });
});

describe('FrameDecoder', () => {
  /** An agent → host frame as bytes. */
  const agentFrame = (type: string, payload: string | Buffer) => {
    const body = typeof payload === 'string' ? bytes(payload) : payload;
    const head = Buffer.alloc(5);
    head.write(type, 'latin1');
    head.writeUInt32BE(body.length, 1);
    return Buffer.concat([head, body]);
  };
  const text = (frames: AgentFrame[]) => frames.map((frame) => `${frame.type}:${frame.payload.toString('latin1')}`);

  it('decodes the ready frame byte by byte: r, 0, 0, 0, 5, "GIDE2"', () => {
    const decoder = new FrameDecoder();
    const wire = bytes('r\x00\x00\x00\x05GIDE2');
    const frames = [...wire].flatMap((byte) => decoder.push(Buffer.from([byte])));
    expect(text(frames)).toEqual(['r:GIDE2']);
    expect(decoder.pendingBytes).toBe(0);
  });

  it('returns nothing until a frame is complete, then the frame', () => {
    const decoder = new FrameDecoder();
    expect(decoder.push(bytes('o\x00\x00'))).toEqual([]);
    expect(decoder.push(bytes('\x00\x05hel'))).toEqual([]);
    expect(decoder.pendingBytes).toBe(8);
    expect(text(decoder.push(bytes('lo')))).toEqual(['o:hello']);
  });

  it('decodes many frames from one chunk, empty ones included, in order', () => {
    const decoder = new FrameDecoder();
    const chunk = Buffer.concat([agentFrame('o', 'out'), agentFrame('e', 'err'), agentFrame('s', 'stage=run'), agentFrame('z', '')]);
    expect(text(decoder.push(chunk))).toEqual(['o:out', 'e:err', 's:stage=run', 'z:']);
  });

  it('decodes frames split anywhere, with the tail of one and the head of the next in the same chunk', () => {
    const wire = Buffer.concat([agentFrame('o', 'first'), agentFrame('e', Buffer.alloc(300, 'x')), agentFrame('z', '')]);
    for (let cut = 1; cut < wire.length; cut++) {
      const decoder = new FrameDecoder();
      const frames = [...decoder.push(wire.subarray(0, cut)), ...decoder.push(wire.subarray(cut))];
      expect(frames.map((frame) => [frame.type, frame.payload.length])).toEqual([
        ['o', 5],
        ['e', 300],
        ['z', 0],
      ]);
    }
  });

  it('keeps payload bytes as they are, frame headers and NULs inside output included', () => {
    const decoder = new FrameDecoder();
    const tricky = bytes('z\x00\x00\x00\x00x\x00\x00\x00\x01!');
    expect(decoder.push(agentFrame('o', tricky))).toEqual([{ type: 'o', payload: tricky }]);
  });

  it('rejects an output frame longer than 64 KiB as soon as its header arrives', () => {
    const decoder = new FrameDecoder();
    expect(() => decoder.push(bytes('o\x00\x01\x00\x01'))).toThrow(new AgentProtocolError('the agent sent a o frame of 65537 bytes (at most 65536)'));
  });

  it('accepts an artifact frame larger than an output frame, but not an absurd one', () => {
    expect(new FrameDecoder().push(bytes('a\x00\x10\x00\x00'))).toEqual([]);
    expect(() => new FrameDecoder().push(bytes('a\x7f\xff\xff\xff'))).toThrow(AgentProtocolError);
  });

  it('rejects a frame type the agent never sends, host → agent ones included', () => {
    expect(() => new FrameDecoder().push(bytes('F\x00\x00\x00\x00'))).toThrow(new AgentProtocolError('the agent sent a frame of unknown type 0x46'));
    expect(() => new FrameDecoder().push(bytes('\x00\x00\x00\x00\x00'))).toThrow('unknown type 0x00');
  });
});

describe('parseStageEnd', () => {
  const line = 'stage=run exit=3 signal=0 wall_ms=12 cpu_ms=9 timeout=0 output_exceeded=0 oom=0 killed=0 maxrss_kb=1800';

  it('reads every key of an s frame', () => {
    expect(parseStageEnd(bytes(line))).toEqual({
      stage: 'run',
      exitCode: 3,
      signal: 0,
      wallMs: 12,
      cpuMs: 9,
      timedOut: false,
      outputExceeded: false,
      oomKilled: false,
      killed: false,
      maxRssKb: 1800,
    });
  });

  it('reads exit=-1 as no exit code, with the signal and each flag set', () => {
    const killed = 'stage=compile exit=-1 signal=9 wall_ms=2001 cpu_ms=2000 timeout=1 output_exceeded=1 oom=1 killed=1 maxrss_kb=0';
    expect(parseStageEnd(bytes(killed))).toMatchObject({
      stage: 'compile',
      exitCode: null,
      signal: 9,
      timedOut: true,
      outputExceeded: true,
      oomKilled: true,
      killed: true,
    });
  });

  it('ignores keys it does not know, wherever they are', () => {
    expect(parseStageEnd(bytes(`future=x ${line} majflt=3`))).toEqual(parseStageEnd(bytes(line)));
  });

  it('rejects an s frame without a key it needs, naming the key', () => {
    expect(() => parseStageEnd(bytes(line.replace(' cpu_ms=9', '')))).toThrow(new AgentProtocolError(`the agent's stage end lacks cpu_ms: ${line.replace(' cpu_ms=9', '')}`));
  });

  it('rejects an unknown stage, a number that is not one and a flag that is not 0 or 1', () => {
    expect(() => parseStageEnd(bytes(line.replace('stage=run', 'stage=link')))).toThrow('unknown stage');
    expect(() => parseStageEnd(bytes(line.replace('wall_ms=12', 'wall_ms=1e3')))).toThrow("the agent's stage end has wall_ms=1e3");
    expect(() => parseStageEnd(bytes(line.replace('exit=3', 'exit=-2')))).toThrow('exit=-2');
    expect(() => parseStageEnd(bytes(line.replace('oom=0', 'oom=yes')))).toThrow('oom=yes, not 0 or 1');
  });
});

describe('parseArtifact', () => {
  it('reads mode, path and content; an owner-executable mode makes an executable file', () => {
    expect(parseArtifact(bytes('755\x00bin/main\x00\x7fELF\x00\x01'))).toEqual({ path: 'bin/main', content: bytes('\x7fELF\x00\x01'), executable: true });
  });

  it('reads a non-executable file with empty content', () => {
    expect(parseArtifact(bytes('644\x00Main.class\x00'))).toEqual({ path: 'Main.class', content: Buffer.alloc(0), executable: false });
  });

  it('decodes the path as UTF-8', () => {
    expect(parseArtifact(Buffer.concat([bytes('600\x00'), Buffer.from('é.o'), bytes('\x00x')])).path).toBe('é.o');
  });

  it('copies the content out of the frame', () => {
    const payload = bytes('644\x00a\x00abc');
    const artifact = parseArtifact(payload);
    payload.fill(0);
    expect(artifact.content.toString()).toBe('abc');
  });

  it('rejects an artifact without its separators, with a mode that is not octal, or with an empty path', () => {
    expect(() => parseArtifact(bytes('644\x00a'))).toThrow(new AgentProtocolError('the agent sent an artifact without a mode and a path'));
    expect(() => parseArtifact(bytes('rwx\x00a\x00'))).toThrow('mode "rwx"');
    expect(() => parseArtifact(bytes('644\x00\x00x'))).toThrow('empty path');
  });
});
