/**
 * The text of an HTML annex in the encoding it declares. Word's "Save as Web Page" writes
 * `<meta http-equiv=Content-Type content="text/html; charset=windows-1252">` on English Windows, and
 * its curly quotes and dashes are then single bytes that are not UTF-8. A page that declares no
 * charset must be UTF-8, as any other annex; one that declares a charset is read in it, or refused.
 */
import { InputError } from '../model/input-error.js';

/** The charset a `<meta>` in the first 1,024 bytes declares, as the HTML standard's prescan finds it. */
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** Labels the Encoding Standard reads as windows-1252 (it reads every one of them so, ISO-8859-1 included). */
const WINDOWS_1252 = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'l1', 'iso-8859-1', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso-ir-100', 'ascii', 'us-ascii', 'ansi_x3.4-1968', 'cp819', 'ibm819', 'csisolatin1']);

/** Windows-1252's 0x80-0x9F (0 where it defines none); every other byte is its own code point. */
const HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252, decoded here: Node's TextDecoder reads that label as ISO-8859-1 (0x93 as a C1
 * control, not “), so a Word page's quotation marks would be lost.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] || b : b)));
  }
  return out;
}

/** The charset `bytes` declares in a `<meta>`, lower-cased; undefined when none. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase();
}

/** The HTML's text: in the charset it declares, else UTF-8; bytes that are not in it are refused. */
export function decodeHtml(bytes: Uint8Array, file: string): string {
  const declared = declaredCharset(bytes);
  const charset = declared ?? 'utf-8';
  if (WINDOWS_1252.has(charset)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch (error) {
    const problem = error instanceof RangeError ? `the page declares a charset secdraft cannot read (${charset})` : declared ? `the page is not ${charset} text, as it declares` : 'the page is not UTF-8 text and declares no charset';
    throw new InputError({ file, line: 1, column: 1 }, problem, 'save it again as HTML in UTF-8 (Word: Tools > Web Options > Encoding), or give the .docx');
  }
}
