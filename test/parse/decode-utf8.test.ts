/** Clause file bytes -> text: UTF-8 or a refusal at the first bad byte, held to the WHATWG decoder. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/parse/decode-utf8.js';

/** The message of decoding `bytes`, or undefined when it decodes. */
function refusal(bytes: Uint8Array): string | undefined {
  try {
    decodeUtf8(bytes, 'G.md');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('decodeUtf8', () => {
  it('gives what the WHATWG decoder gives, or refuses at the byte where it would put U+FFFD', () => {
    // Mostly UTF-8 of random text, with random bytes dropped in.
    const bytes = fc
      .tuple(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 3 }))
      .map(([text, noise]) => {
        const out = [...new TextEncoder().encode(text)];
        for (const [at, byte] of noise) out.splice(at % (out.length + 1), 0, byte);
        return Uint8Array.from(out);
      });
    fc.assert(
      fc.property(bytes, (input) => {
        const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(input);
        const message = refusal(input);
        if (message === undefined) {
          expect(decodeUtf8(input, 'G.md')).toBe(lenient);
          return;
        }
        const offset = Number(/byte offset (\d+)/.exec(message)?.[1]);
        const prefix = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input.subarray(0, offset));
        expect(lenient.startsWith(`${prefix}\uFFFD`)).toBe(true);
        const lines = prefix.split('\n');
        expect(message).toMatch(new RegExp(`^G\\.md:${lines.length}:${(lines.at(-1) as string).replace(/^\uFEFF/, '').length + 1}: invalid UTF-8 at byte offset ${offset} \\(0x[0-9A-F]{2}\\) \\(save the file as UTF-8`));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['an overlong slash', [0x61, 0xc0, 0xaf], 1],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point past U+10FFFF', [0x41, 0x42, 0xf4, 0x90, 0x80, 0x80], 2],
    ['a sequence cut off by the end of the file', [0xe2, 0x80], 0],
    ['a lone continuation byte after a pound sign', [0xc2, 0xa3, 0x80], 2],
  ])('refuses %s', (_, bytes, offset) => {
    expect(refusal(Uint8Array.from(bytes))).toContain(`byte offset ${offset} `);
  });

  it('counts the column in characters and names the Windows-1252 character', () => {
    // "£5 – x" in UTF-8 on line 2, then a Windows-1252 en dash (0x96).
    const bytes = Uint8Array.from([...new TextEncoder().encode('---\n£5 – x '), 0x96]);
    expect(refusal(bytes)).toBe("G.md:2:8: invalid UTF-8 at byte offset 14 (0x96) (save the file as UTF-8; in Windows-1252 it is '–')");
  });

  it('keeps a byte-order mark for the parser to read past', () => {
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x2d]), 'G.md')).toBe('\uFEFF-');
  });
});
