/**
 * An Annex A as text or Markdown -> source paragraphs. Reads the marks annexes are written with:
 * `<u>`/`<ins>` and CriticMarkup `{++ ++}` for inserted words, `~~`, `<del>`, `<s>`, `<strike>` and
 * `{-- --}` for deleted ones, `{~~old~>new~~}` for both; and the noise of a PDF extraction: "- " and
 * "•" bullets before numbers and labels, lines wrapped inside a paragraph, form feeds at page breaks.
 * In Markdown, a GFM pipe table is a source table (markdown-table.ts).
 */
import { isTableRow, markdownTable, opensTable } from './markdown-table.js';
import { isPageFurniture } from './page-furniture.js';
import type { ParagraphHint, SourceParagraph, SourceSpan } from './source-paragraph.js';

/** Options of readAnnexText. */
export interface ReadAnnexTextOptions {
  /** The file name, for positions. */
  readonly file: string;
  /** Markdown decodes backslash escapes and entities and reads `#` headings and `*instruction*` lines; text keeps every character. */
  readonly markdown: boolean;
}

const BULLET = /^(?:[-•▪·–*+])[ \t]+/;
const MARK_TAG = /^(?:<\/?(?:u|ins|del|s|strike)\b[^>]*>|~~|\{\+\+|\{--|\{~~|\*\*)*/i;
/** A line that opens a new paragraph even without a blank line before it: a number, a label, a bullet, a heading. */
const OPENS_ITEM = /^(?:[-•▪·–*+][ \t]|#|\(?[A-Za-z]{0,2}\d+(?:\.\d+)+[A-Z]*\b|\([A-Za-z0-9]{1,4}\)\s)/;

const TOKEN = /<(\/?)(u|ins|del|s|strike)\b[^>]*>|\{\+\+|\+\+\}|\{--|--\}|\{~~|~>|~~\}|~~|\*\*|\\([!-/:-@[-`{-~])|&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/giu;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The open marks while reading, carried from line to line: a mark may span paragraphs. */
interface MarkState {
  stack: Array<'insert' | 'delete'>;
  bold: boolean;
  /** Inside a CriticMarkup substitution {~~old~>new~~}: only there are ~> and ~~} marks. */
  substitution: boolean;
}

function spansOf(text: string, state: MarkState, markdown: boolean): SourceSpan[] {
  const spans: SourceSpan[] = [];
  let last = 0;
  const push = (words: string) => {
    if (words === '') return;
    const type = state.stack.at(-1) ?? 'equal';
    const prev = spans.at(-1);
    if (prev && prev.type === type && Boolean(prev.bold) === state.bold) spans[spans.length - 1] = { ...prev, text: prev.text + words };
    else spans.push({ type, text: words, ...(state.bold ? { bold: true } : {}) });
  };
  const close = (type: 'insert' | 'delete') => {
    const at = state.stack.lastIndexOf(type);
    if (at >= 0) state.stack.splice(at, 1);
  };
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const escaped = match[3];
    const entity = match[4];
    if (!markdown && (escaped !== undefined || entity !== undefined)) continue;
    push(text.slice(last, match.index));
    last = match.index + token.length;
    if (escaped !== undefined) push(escaped);
    else if (entity !== undefined) {
      const e = entity.toLowerCase();
      push(e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (NAMED[e] as string));
    } else if (match[2] !== undefined) {
      const type = /^(u|ins)$/i.test(match[2]) ? 'insert' : 'delete';
      if (match[1] === '/') close(type);
      else state.stack.push(type);
    } else if ((token === '{++' && !text.includes('++}', last)) || (token === '{--' && !text.includes('--}', last))) {
      // Not CriticMarkup unless it closes: the words hold a brace.
      push(token);
    } else if (token === '{~~' && !text.includes('~>', last)) {
      // "{" before a ~~ strike-through ("~~{~~" deletes a brace), not a substitution.
      push('{');
      if (state.stack.at(-1) === 'delete') close('delete');
      else state.stack.push('delete');
    } else if (token === '{++') state.stack.push('insert');
    else if (token === '++}') close('insert');
    else if (token === '{--') state.stack.push('delete');
    else if (token === '{~~') {
      state.stack.push('delete');
      state.substitution = true;
    } else if (token === '--}') close('delete');
    else if (token === '~>' && state.substitution) {
      close('delete');
      state.stack.push('insert');
    } else if (token === '~~}' && state.substitution) {
      close('insert');
      state.substitution = false;
    } else if (token === '~~' || token === '~~}') {
      if (state.stack.at(-1) === 'delete') close('delete');
      else state.stack.push('delete');
      if (token === '~~}') push('}');
    } else if (token === '~>') push(token);
    else if (token === '**') state.bold = !state.bold;
  }
  push(text.slice(last));
  return spans;
}

/** The paragraph's mark: a paragraph whose words are all inserted (or all deleted) was itself. */
function paragraphMark(spans: readonly SourceSpan[]): SourceSpan['type'] {
  const types = new Set(spans.filter((s) => s.text.trim() !== '').map((s) => s.type));
  return types.size === 1 && !types.has('equal') ? ([...types][0] as SourceSpan['type']) : 'equal';
}

/** Markdown block syntax -> hint, and the words without it. */
function markdownHint(line: string): { hint: ParagraphHint; words: string } {
  const heading = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
  if (heading) {
    const level = (heading[1] as string).length;
    return { hint: level === 1 ? 'furniture' : level === 2 ? 'heading' : 'crossHeading', words: heading[2] as string };
  }
  if (/^\*[^*\s].*[^*\s]\*$|^\*[^*\s]\*$/.test(line)) return { hint: 'instruction', words: line.slice(1, -1) };
  // Markdown says what a heading is; other paragraphs are words.
  return { hint: 'body', words: line };
}

/** Reads an annex in text or Markdown into source paragraphs, one per paragraph of the annex. */
export function readAnnexText(text: string, options: ReadAnnexTextOptions): SourceParagraph[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\f/);
  const out: SourceParagraph[] = [];
  const state: MarkState = { stack: [], bold: false, substitution: false };
  let current: { lines: string[]; line: number; indent: number; hint: ParagraphHint } | undefined;
  const flush = () => {
    if (!current) return;
    const spans = spansOf(current.lines.join(' '), state, options.markdown);
    if (spans.some((s) => s.text.trim() !== '')) {
      out.push({
        spans,
        mark: paragraphMark(spans),
        hint: current.hint,
        indent: current.indent,
        position: { file: options.file, line: current.line, column: 1 },
        place: `line ${current.line}`,
      });
    }
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\s+$/, '');
    if (line.trim() === '' || isPageFurniture(line.trim())) {
      flush();
      continue;
    }
    const leading = /^[ \t\u00a0]*/.exec(line)![0].replace(/\t/g, '    ').length;
    let words = line.trimStart();
    if (options.markdown && opensTable(words, lines[i + 1]?.trim())) {
      // A GFM table: its rows run to the first line that is not one.
      flush();
      const rows = [words];
      while (i + 1 < lines.length && isTableRow((lines[i + 1] as string).trim())) rows.push((lines[++i] as string).trim());
      const start = i + 2 - rows.length;
      out.push({
        spans: [],
        table: markdownTable(rows, (cell) => spansOf(cell, { stack: [], bold: false, substitution: false }, true)),
        mark: 'equal',
        hint: 'body',
        indent: leading,
        position: { file: options.file, line: start, column: leading + 1 },
        place: `line ${start}`,
      });
      continue;
    }
    const unmarked = words.replace(MARK_TAG, '');
    if (current && !OPENS_ITEM.test(unmarked) && !(options.markdown && /^(#|\*[^*])/.test(words))) {
      current.lines.push(words);
      continue;
    }
    flush();
    let hint: ParagraphHint = 'none';
    if (options.markdown) ({ hint, words } = markdownHint(words));
    // A bullet before a number or label is the extraction's (or Markdown's) list syntax, not words.
    let indent = leading;
    const tags = MARK_TAG.exec(words)![0];
    const bullet = BULLET.exec(words.slice(tags.length));
    if (bullet) {
      words = tags + words.slice(tags.length + bullet[0].length);
      indent += bullet[0].length;
    }
    current = { lines: [words], line: i + 1, indent, hint };
  }
  flush();
  return out;
}
