/** Escapes plain clause words so that remark reads them back as the same words, and no more than that. */
import { LOOKS_LIKE_NUMBER } from '../model/clause-number.js';

/**
 * Escapes `text` for Markdown inline content. Legal text rarely holds Markdown syntax, so the
 * canonical form escapes only what would change meaning: emphasis and code marks, backslashes,
 * HTML, entity-like `&name;`, link brackets, and block syntax at the start of a line.
 * `lineStart` is true where the text opens a Markdown line (a closing paragraph, say).
 */
export function escapeText(text: string, lineStart: boolean, clauseNumber?: RegExp): string {
  let out = text
    .replace(/[\\`*_<]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/!(?=\[)/g, '\\!')
    // A link needs "](" or "][" (we write no link definitions), so escaping that ] is enough.
    .replace(/\](?=[([])/g, '\\]');
  if (lineStart) {
    if (/^(#{1,6}(\s|$)|>|[-+=]|~~~|\[)/.test(out)) out = `\\${out}`;
    out = out.replace(/^(\d{1,9})([.)])/, '$1\\$2');
    // Words that open like a clause number ("G3.18 applies", "2019 Regulations") would read as a
    // new clause, or be refused as a malformed number: write the first character as an entity.
    if (LOOKS_LIKE_NUMBER.test(out) || clauseNumber?.test(out)) {
      out = `&#${out.codePointAt(0)};${out.slice(1)}`;
    }
  }
  return out;
}
