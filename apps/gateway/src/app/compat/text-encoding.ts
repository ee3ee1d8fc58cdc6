/** Encodings the compatibility APIs send text in: Piston's files[].encoding, Judge0's base64_encoded=true. */
export type TextEncoding = 'utf8' | 'base64' | 'hex';

/** Decoded text, or why the content cannot be taken. */
export type DecodedText = { text: string } | { problem: string };

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const HEX = /^([0-9a-fA-F]{2})*$/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes content sent in an encoding into text. Runs carry text only (the queue
 * holds strings), so decoded bytes that are not UTF-8 are refused rather than
 * silently mangled. Base64 may be wrapped in lines, as Ruby's encode64 writes it;
 * Node's own decoders would skip invalid characters, so the alphabet is checked first.
 */
export function decodeText(content: string, encoding: TextEncoding): DecodedText {
  if (encoding === 'utf8') return { text: content };
  const compact = encoding === 'base64' ? content.replace(/\s+/g, '') : content;
  if (!(encoding === 'base64' ? BASE64 : HEX).test(compact)) {
    return { problem: `is not valid ${encoding === 'base64' ? 'Base64' : 'hex'}` };
  }
  try {
    return { text: UTF8.decode(Buffer.from(compact, encoding)) };
  } catch {
    return { problem: `is not UTF-8 text once decoded from ${encoding === 'base64' ? 'Base64' : 'hex'} (binary data is not supported)` };
  }
}

/** Standard Base64 of the text's UTF-8 bytes, on one line. */
export function encodeBase64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
