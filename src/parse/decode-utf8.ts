/**
 * The bytes of a clause file as text. Clause files are UTF-8: anything else is refused where it
 * stands, never read as U+FFFD in place of what the drafter wrote (which `fmt --write` would then
 * make permanent).
 */
import { InputError } from '../model/input-error.js';

// fatal: refuse rather than replace. ignoreBOM: keep a byte-order mark in the text, so that the
// parser reads past it and `fmt` can say it drops it (docs/clause-format.md).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Windows-1252's characters for 0x80-0x9F (spaces where it has none); above them it is Latin-1.
 * Spelt out because Node 20's TextDecoder reads 'windows-1252' as Latin-1.
 */
const WINDOWS_1252 = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';

/**
 * Decodes `bytes` as UTF-8, or throws an InputError at the first byte that is not: its line and
 * column, and its offset from the start of the file (0-based), for a hex editor.
 *
 * @example
 * const text = decodeUtf8(readFileSync(file), file);
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    // Only a bad file pays for the byte-by-byte walk.
  }
  const offset = firstInvalidByte(bytes);
  const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).replace(/^\uFEFF/, '').length + 1;
  const byte = bytes[offset] as number;
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  // Most such files are Windows-1252 (a curly quote, a dash, a pound sign): say what the byte was there.
  const windows = byte >= 0xa0 ? String.fromCharCode(byte) : byte >= 0x80 ? (WINDOWS_1252[byte - 0x80] ?? '') : '';
  const guess = windows.trim() !== '' ? `; in Windows-1252 it is '${windows}'` : '';
  throw new InputError({ file, line, column }, `invalid UTF-8 at byte offset ${offset} (${hex})`, `save the file as UTF-8${guess}`);
}

/** Offset of the first byte that does not begin a well-formed UTF-8 sequence (as the WHATWG decoder reads it), or -1. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // Continuation bytes follow; the second's range also rules out overlong forms, surrogates and
    // code points past U+10FFFF.
    let follow: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) follow = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      follow = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      follow = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= follow; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += follow + 1;
  }
  return -1;
}
