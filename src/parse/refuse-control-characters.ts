/**
 * Clause files hold printable text, tabs and line ends. A NUL, an escape or a form feed is no part of
 * the SEC's words: remark would read a NUL as U+FFFD and a lone carriage return as a line end, and
 * `fmt --write` would make either permanent. So they are refused where they stand.
 */
import { InputError } from '../model/input-error.js';

/** C0 controls but tab, LF and CR; DEL and the C1 controls (mis-decoded Windows-1252); a CR not ending a CRLF line. */
const CONTROL = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]|\r(?!\n)/;

const NAMES: Readonly<Record<string, string>> = { '\0': 'NUL', '\x0B': 'vertical tab', '\x0C': 'form feed', '\x1B': 'escape', '\x7F': 'DEL' };

/** Throws an InputError at the first control character of `text` (a whole file, after its byte-order mark). */
export function refuseControlCharacters(text: string, file: string): void {
  const match = CONTROL.exec(text);
  if (!match) return;
  const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  const position = { file, line, column: match.index - lineStart + 1 };
  if (match[0] === '\r') {
    throw new InputError(position, 'a carriage return that does not end a line', 'end each line with LF or CRLF, and remove the stray carriage return');
  }
  const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[match[0]];
  throw new InputError(position, `control character ${code}${name ? ` (${name})` : ''} in the text`, 'remove it: clause files hold printable text, tabs and line ends only');
}
