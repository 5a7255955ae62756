/** Escapes plain clause words so that remark reads them back as the same words, and no more than that. */

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
    .replace(/\[(?=[^\]]*\]\s*[([:])/g, '\\[');
  if (lineStart) {
    if (/^(#{1,6}(\s|$)|>|[-+=]|~~~|\[)/.test(out)) out = `\\${out}`;
    out = out.replace(/^(\d{1,9})([.)])/, '$1\\$2');
    if (clauseNumber) {
      const match = clauseNumber.exec(out);
      // "G3.18 applies" would read as a new clause: escape a dot (or the last character).
      if (match) {
        const number = match[1] as string;
        const dot = number.lastIndexOf('.');
        out = dot >= 0 ? `${number.slice(0, dot)}\\${number.slice(dot)}${out.slice(number.length)}` : `${number.slice(0, -1)}\\${number.slice(-1)}${out.slice(number.length)}`;
      }
    }
  }
  return out;
}
