/**
 * A clause chunk in the canonical form `fmt` writes, read straight into the clause tree: what
 * readCanonicalChunk and the mdast conversion in from-markdown.ts give together, without the mdast
 * between them. Anything it cannot read exactly, or that the conversion would refuse, it leaves to
 * that path (undefined), which reads it or says what is wrong.
 *
 * Why: at the size of the whole SEC the mdast was most of what the parser allocated, and collecting
 * it a good part of a whole-version diff's time. The property test in
 * test/parse/read-canonical-chunk.test.ts holds the two paths to the same tree, positions included.
 */
import { definitionAddress, paragraphAddress } from '../model/address.js';
import type { Block, Clause, SourcePosition, Table, TableRow } from '../model/clause-tree.js';
import { foldWhitespace } from './inline-text.js';
import { PARAGRAPH_LABEL } from './paragraph-label.js';
import { BLOCK_START, DEFINITION, INLINE_SYNTAX, LABELLED, ODD_LEADING_SPACE } from './read-canonical-chunk.js';
import { readCanonicalTable, type CanonicalTable } from './read-canonical-table.js';

/** Where the chunk is and what reading it needs from the body parser. */
export interface ClauseChunk {
  readonly file: string;
  /** The body's lines; the chunk is lines [from, to). */
  readonly lines: readonly string[];
  readonly from: number;
  readonly to: number;
  /** File line of lines[from]. */
  readonly line: number;
  readonly clauseStart: RegExp;
  /** The comments above a line, taken in reading order (see sectionsFromMarkdown). */
  readonly takeComments: (line: number) => string[] | undefined;
}

/** One line of the chunk, as the first pass read it. */
type Line =
  | { readonly kind: 'blank' }
  | { readonly kind: 'paragraph'; readonly indent: number; readonly words: string }
  | { readonly kind: 'item'; readonly indent: number; readonly label: RegExpExecArray; readonly words: string }
  | { readonly kind: 'definition'; readonly indent: number; readonly term: string; readonly words: string }
  | { readonly kind: 'table'; readonly indent: number; readonly table: CanonicalTable };

/** Reads the chunk's lines, or undefined where readCanonicalChunk or the conversion would not take them as they are. */
function readLines(chunk: ClauseChunk): Line[] | undefined {
  const out: Line[] = [];
  let previous: 'start' | 'blank' | 'paragraph' | 'item' = 'start';
  // How many lists are open (readCanonicalChunk's lists.length).
  let open = 0;
  for (let i = chunk.from; i < chunk.to; i++) {
    const line = chunk.lines[i] as string;
    // A table after a blank line, at the indent of a container that is open.
    const pipe = previous === 'blank' ? line.indexOf('|') : -1;
    if (pipe >= 0 && pipe % 2 === 0 && pipe / 2 <= open && line.trimStart().startsWith('|')) {
      const table = readCanonicalTable(chunk.lines, i, chunk.to, pipe);
      if (!table) return undefined;
      out.push({ kind: 'table', indent: pipe, table });
      // Its other lines stand for nothing of their own: blank entries keep out[] in step with the lines.
      for (let k = i + 1; k < table.end; k++) out.push({ kind: 'blank' });
      i = table.end - 1;
      open = pipe / 2;
      previous = 'paragraph';
      continue;
    }
    if (INLINE_SYNTAX.test(line.includes('**') ? line.replace(DEFINITION, '$1- ') : line) || ODD_LEADING_SPACE.test(line)) return undefined;
    if (line.trim() === '') {
      if (previous !== 'start') previous = 'blank';
      out.push({ kind: 'blank' });
      continue;
    }
    const indent = line.length - line.trimStart().length;
    if (indent % 2 !== 0) return undefined;
    const content = line.slice(indent);
    const depth = indent / 2 + 1;
    if (previous === 'start' && (indent !== 0 || content.startsWith('#'))) return undefined;
    if (content.startsWith('- ')) {
      const words = content.slice(2);
      const definition = DEFINITION.exec(line);
      if (previous === 'paragraph' || previous === 'start' || depth > open + 1 || (!definition && !LABELLED.test(words))) return undefined;
      if (definition) {
        const term = definition[2] as string;
        if (/^[\s]|[\s]$/.test(term)) return undefined;
        out.push({ kind: 'definition', indent, term, words: words.slice(term.length + 4) });
      } else {
        const label = PARAGRAPH_LABEL.exec(words);
        // A label readCanonicalChunk takes but the conversion refuses: the other path says so.
        if (!label) return undefined;
        out.push({ kind: 'item', indent, label, words });
      }
      open = depth;
      previous = 'item';
      continue;
    }
    if ((previous !== 'blank' && previous !== 'start') || BLOCK_START.test(content)) return undefined;
    const container = indent / 2;
    if (container > open) return undefined;
    open = container;
    out.push({ kind: 'paragraph', indent, words: content });
    previous = 'paragraph';
  }
  return out;
}

/** A Table from a canonical table as read; `at` gives the position of a line index and column. */
function tableOf(table: CanonicalTable, position: SourcePosition, at: (line: number, column: number) => SourcePosition, comments: string[] | undefined): Table {
  const [header, ...rows] = table.rows.map((row): TableRow => ({
    type: 'tableRow',
    cells: row.cells.map((c) => ({ type: 'tableCell', text: c.text, ...(c.bold ? { bold: true as const } : {}), position: at(row.line, c.column) })),
    position: at(row.line, position.column),
  }));
  return { type: 'table', align: table.align, header: header as TableRow, rows, position, ...(comments ? { comments } : {}) };
}

/** The clause a canonical chunk holds, or undefined for the mdast path to read. */
export function readCanonicalClause(chunk: ClauseChunk): Clause | undefined {
  const lines = readLines(chunk);
  const first = lines?.[0];
  if (!lines || first?.kind !== 'paragraph') return undefined;
  const match = chunk.clauseStart.exec(first.words);
  if (!match) return undefined;
  const number = match[1] as string;
  const at = (i: number, indent: number): SourcePosition => ({ file: chunk.file, line: chunk.line + i, column: indent + 1 });
  const position = at(0, 0);
  const comments = chunk.takeComments(position.line);
  const children: Block[] = [];
  // Open containers by list level: level 0 is the clause; each holds its blocks, the address its
  // items hang under, and the depth they take (a definition's items take its own).
  const levels: Array<{ blocks: Block[]; parent: string; depth: number }> = [{ blocks: children, parent: number, depth: 1 }];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind === 'blank') continue;
    const level = line.indent / 2;
    if (line.kind === 'table') {
      const container = levels[level] as (typeof levels)[number];
      levels.length = level + 1;
      const place = at(i, line.indent);
      const taken = chunk.takeComments(place.line);
      container.blocks.push(tableOf(line.table, place, (k, column) => ({ file: chunk.file, line: chunk.line + k - chunk.from, column }), taken));
      continue;
    }
    if (line.kind === 'paragraph') {
      const container = levels[level] as (typeof levels)[number];
      levels.length = level + 1;
      const place = at(i, line.indent);
      const taken = chunk.takeComments(place.line);
      container.blocks.push({ type: 'text', text: foldWhitespace(line.words), position: place, ...(taken ? { comments: taken } : {}) });
      continue;
    }
    const container = levels[level] as (typeof levels)[number];
    levels.length = level + 1;
    const place = at(i, line.indent);
    const taken = chunk.takeComments(place.line);
    const extra = taken ? { comments: taken } : {};
    const blocks: Block[] = [];
    if (line.kind === 'definition') {
      const term = foldWhitespace(line.term);
      const address = definitionAddress(container.parent, term);
      container.blocks.push({ type: 'definition', term, address, text: line.words.replace(/\s+/g, ' ').trimEnd(), children: blocks, position: place, ...extra });
      levels.push({ blocks, parent: address, depth: container.depth });
    } else {
      const label = line.label[1] as string;
      const address = paragraphAddress(container.parent, label);
      container.blocks.push({ type: 'paragraph', label, depth: container.depth, address, text: foldWhitespace(line.words.slice(line.label[0].length)), children: blocks, position: place, ...extra });
      levels.push({ blocks, parent: address, depth: container.depth + 1 });
    }
  }
  return { type: 'clause', number, text: foldWhitespace(first.words.slice(number.length)), children, position, ...(comments ? { comments } : {}) };
}
