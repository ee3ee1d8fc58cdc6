import { decodeText, encodeBase64 } from './text-encoding';

describe('decodeText', () => {
  it('takes utf8 content as it is', () => {
    expect(decodeText('print("é")', 'utf8')).toEqual({ text: 'print("é")' });
  });

  it('decodes Base64, also wrapped in lines as Ruby writes it', () => {
    expect(decodeText(encodeBase64('hello, wörld\n'), 'base64')).toEqual({ text: 'hello, wörld\n' });
    expect(decodeText('aGVs\nbG8=\n', 'base64')).toEqual({ text: 'hello' });
  });

  it('decodes hex', () => {
    expect(decodeText('68690a', 'hex')).toEqual({ text: 'hi\n' });
  });

  it.each([
    ['base64', 'aGVsbG8@', 'is not valid Base64'],
    ['base64', 'aGVsbG8===', 'is not valid Base64'],
    ['hex', '6869z0', 'is not valid hex'],
    ['hex', '686', 'is not valid hex'],
  ] as const)('refuses %s content %j: %s', (encoding, content, problem) => {
    expect(decodeText(content, encoding)).toEqual({ problem });
  });

  it('refuses bytes that are not UTF-8 text, naming why', () => {
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x00]).toString('base64'), 'base64')).toEqual({
      problem: 'is not UTF-8 text once decoded from Base64 (binary data is not supported)',
    });
    expect(decodeText('fffe', 'hex')).toEqual({ problem: 'is not UTF-8 text once decoded from hex (binary data is not supported)' });
  });

  it('decodes empty content to empty text', () => {
    expect(decodeText('', 'base64')).toEqual({ text: '' });
  });
});

describe('encodeBase64', () => {
  it('encodes the UTF-8 bytes on one line, with padding', () => {
    expect(encodeBase64('hello, Judge0\n')).toBe('aGVsbG8sIEp1ZGdlMAo=');
    expect(encodeBase64('x'.repeat(100))).not.toContain('\n');
  });
});
