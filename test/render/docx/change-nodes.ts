/**
 * Builds change-tree nodes by hand, for renderer tests that must not depend on compare: clause-tree
 * nodes turned into spans of one kind, or two versions of a clause split into the words they share
 * and the one run that differs. Also says what each redlined paragraph must read, accepted or
 * rejected, straight from the spans, independently of the renderer.
 */
import type { BlockChange, ChangeKind, ClauseChange, HeadingChange, Span, TableChange } from '../../../src/model/change-tree.js';
import type { Block, Clause } from '../../../src/model/clause-tree.js';
import { acceptSpans, rejectSpans } from '../../../src/model/spans.js';
import type { Marks, Side } from './read-docx.js';

const SPAN_TYPE = { unchanged: 'equal', amended: 'equal', inserted: 'insert', deleted: 'delete' } as const;

/** `text` as one span of the type that `kind` implies ([] for no text). */
export function kindSpans(kind: ChangeKind, text: string): Span[] {
  return text === '' ? [] : [{ type: SPAN_TYPE[kind], text }];
}

/** A block of the clause tree, wholly of one kind. */
export function blockOfKind(block: Block, kind: ChangeKind): BlockChange {
  const side = kind === 'inserted' ? { amended: block } : kind === 'deleted' ? { base: block } : { base: block, amended: block };
  return {
    type: 'blockChange',
    kind,
    block: block.type,
    ...side,
    label: block.type === 'paragraph' ? kindSpans(kind, block.label) : [],
    term: block.type === 'definition' ? kindSpans(kind, block.term) : [],
    text: block.type === 'table' ? [] : kindSpans(kind, block.text),
    children: block.type === 'text' || block.type === 'table' ? [] : block.children.map((child) => blockOfKind(child, kind)),
  };
}

/** A clause of the clause tree, wholly of one kind. */
export function clauseOfKind(clause: Clause, kind: ChangeKind): ClauseChange {
  const side = kind === 'inserted' ? { amended: clause } : kind === 'deleted' ? { base: clause } : { base: clause, amended: clause };
  return { type: 'clauseChange', kind, number: clause.number, ...side, text: kindSpans(kind, clause.text), children: clause.children.map((b) => blockOfKind(b, kind)) };
}

/** Two texts as spans: the shared start, one deleted and one inserted run, the shared end. */
export function editSpans(base: string, amended: string): Span[] {
  let start = 0;
  while (start < base.length && start < amended.length && base[start] === amended[start]) start++;
  let end = 0;
  while (end < base.length - start && end < amended.length - start && base[base.length - 1 - end] === amended[amended.length - 1 - end]) end++;
  const spans: Span[] = [
    { type: 'equal', text: base.slice(0, start) },
    { type: 'delete', text: base.slice(start, base.length - end) },
    { type: 'insert', text: amended.slice(start, amended.length - end) },
    { type: 'equal', text: base.slice(base.length - end) },
  ];
  return spans.filter((s) => s.text !== '');
}

function editedBlock(base: Block, amended: Block): BlockChange {
  if (base.type !== amended.type) throw new Error(`block types differ: ${base.type} / ${amended.type}`);
  if (base.type === 'table' || amended.type === 'table') throw new Error('editedClause does not pair tables');
  const children = base.type === 'text' || amended.type === 'text' ? [] : pairBlocks(base.children, amended.children);
  const text = editSpans(base.text, amended.text);
  const changed = text.some((s) => s.type !== 'equal') || children.some((c) => c.kind !== 'unchanged');
  return {
    ...blockOfKind(amended, changed ? 'amended' : 'unchanged'),
    base,
    text,
    children,
  };
}

function pairBlocks(base: readonly Block[], amended: readonly Block[]): BlockChange[] {
  if (base.length !== amended.length) throw new Error('editedClause pairs blocks one to one');
  return base.map((b, i) => editedBlock(b, amended[i] as Block));
}

/** Two versions of a clause with the same structure, paired block by block, each text split by editSpans. */
export function editedClause(base: Clause, amended: Clause): ClauseChange {
  const text = editSpans(base.text, amended.text);
  const children = pairBlocks(base.children, amended.children);
  const changed = text.some((s) => s.type !== 'equal') || children.some((c) => c.kind !== 'unchanged');
  return { type: 'clauseChange', kind: changed ? 'amended' : 'unchanged', number: base.number, base, amended, text, children };
}

const read = (spans: readonly Span[], side: Side) => (side === 'accept' ? acceptSpans(spans) : rejectSpans(spans));

/** Whether a clause's number stands on `side`. */
function clauseExists(kind: ChangeKind, side: Side): boolean {
  return side === 'accept' ? kind !== 'deleted' : kind !== 'inserted';
}

/** A paragraph as a reader finds it: its text and the Word style id its nesting calls for (docs/word-output.md). */
export interface StyledText {
  readonly text: string;
  readonly style: string;
  /** How its node changed: a paragraph with no words on either side is there or not by its kind. */
  readonly kind?: ChangeKind;
}

/** A table as a reader finds it on one side: the rows that side has, each row's cells' words. */
export interface ExpectedTable {
  readonly rows: ReadonlyArray<readonly string[]>;
}

/** The rows of a compared table that stand on `side`, header first ([]: the table is not on that side). */
export function tableOnSide(table: TableChange, side: Side): string[][] {
  const gone = side === 'accept' ? 'deleted' : 'inserted';
  return [table.header, ...table.rows].filter((row) => row.kind !== gone).map((row) => row.cells.map((cell) => read(cell.text, side)));
}

/** A paragraph, or (with tables) a table standing among them. */
type Entry = StyledText | (ExpectedTable & { readonly kind: ChangeKind });
const isTable = (entry: Entry): entry is ExpectedTable & { readonly kind: ChangeKind } => 'rows' in entry;

/** A block at nesting `level` (1 under the clause): (a) SecParagraph1, (i) SecParagraph2...; words at the level of what they close. */
function blockTexts(block: BlockChange, side: Side, level: number, out: Entry[], tables: boolean): void {
  if (block.block === 'table') {
    // A table's cells are not redline paragraphs (the read-back of rows is in test/render/read-back.ts).
    if (tables && block.table) out.push({ rows: tableOnSide(block.table, side), kind: block.kind });
    return;
  }
  const words = read(block.text, side);
  if (block.block === 'paragraph') {
    const label = read(block.label, side);
    out.push({ text: label === '' ? words : `(${label})\t${words}`, style: `SecParagraph${level}`, kind: block.kind });
  } else if (block.block === 'definition') {
    out.push({ text: `${read(block.term, side)}${words}`, style: `SecText${level}`, kind: block.kind });
  } else {
    out.push({ text: words, style: `SecText${level - 1}`, kind: block.kind });
  }
  for (const child of block.children) blockTexts(child, side, level + 1, out, tables);
}

function entries(headings: readonly HeadingChange[], side: Side, tables: boolean): Entry[] {
  const out: Entry[] = [];
  for (const heading of headings) {
    if (heading.title !== null) out.push({ text: read(heading.title, side), style: 'SecCrossHeading', kind: heading.kind });
    for (const table of tables ? (heading.tables ?? []) : []) blockTexts(table, side, 1, out, tables);
    for (const clause of heading.clauses) {
      const words = read(clause.text, side);
      out.push({ text: clauseExists(clause.kind, side) ? `${clause.number}\t${words}` : words, style: 'SecClause', kind: clause.kind });
      for (const block of clause.children) blockTexts(block, side, 1, out, tables);
    }
  }
  return out;
}

/**
 * What the redlined paragraphs under `headings` must read on `side`, and their styles: a
 * cross-heading's words; a clause's number, a tab and its words; "(label)", a tab and the words;
 * a term and its words. A paragraph that does not exist on that side reads "".
 */
export function expectedStyledTexts(headings: readonly HeadingChange[], side: Side): StyledText[] {
  return entries(headings, side, false) as StyledText[];
}

/** The texts of expectedStyledTexts. */
export function expectedTexts(headings: readonly HeadingChange[], side: Side): string[] {
  return expectedStyledTexts(headings, side).map((p) => p.text);
}

/** True when a paragraph of a tracked-changes redline goes on `side`: it reads "" there but has words on the other side, or has words on neither and belongs to a node of the other side only. */
function goneWith(paragraph: StyledText, other: StyledText | undefined, side: Side): boolean {
  return paragraph.text === '' && !(other?.text === '' && paragraph.kind !== (side === 'accept' ? 'deleted' : 'inserted'));
}

/**
 * What a word processor leaves of the redlined paragraphs on `side`, with their styles. With
 * visual marks every paragraph stays (one that does not exist on that side reads ""); with tracked
 * changes such a paragraph goes, mark and all: one that reads "" on `side` but has words on the
 * other, or has words on neither and belongs to a node inserted (deleted) on the other side.
 */
export function expectedStyledParagraphs(headings: readonly HeadingChange[], side: Side, marks: Marks): Array<Omit<StyledText, 'kind'>> {
  const paragraphs = expectedStyledTexts(headings, side);
  const strip = ({ text, style }: StyledText) => ({ text, style });
  if (marks === 'visual') return paragraphs.map(strip);
  const other = expectedStyledTexts(headings, side === 'accept' ? 'reject' : 'accept');
  return paragraphs.filter((p, i) => !goneWith(p, other[i], side)).map(strip);
}

/**
 * What a word processor leaves of a tracked-changes redline under `headings` on `side`, tables
 * included, in body order: the paragraphs of expectedStyledParagraphs, and each table with the
 * rows that side has (a table none of whose rows stand there goes).
 */
export function expectedStyledBlocks(headings: readonly HeadingChange[], side: Side): Array<Omit<StyledText, 'kind'> | ExpectedTable> {
  const all = entries(headings, side, true);
  const other = entries(headings, side === 'accept' ? 'reject' : 'accept', true);
  const out: Array<Omit<StyledText, 'kind'> | ExpectedTable> = [];
  all.forEach((entry, i) => {
    if (isTable(entry)) {
      if (entry.rows.length > 0) out.push({ rows: entry.rows });
    } else if (!goneWith(entry, other[i] as StyledText | undefined, side)) out.push({ text: entry.text, style: entry.style });
  });
  return out;
}
