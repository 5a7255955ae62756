/**
 * fast-check arbitraries of Section files. The words are invented and deliberately awkward: Markdown
 * syntax characters, entity-like text, clause-number-like openings. None of it is SEC text.
 */
import fc from 'fast-check';
import { definitionAddress, paragraphAddress } from '../../src/model/address.js';
import type { Block, Clause, CrossHeading, SectionFile, Table, TableAlign, TableRow } from '../../src/model/clause-tree.js';

const WORDS = [
  'User', 'DCC', 'shall', 'notify', 'the', 'Smart', 'Metering', 'System', 'SMETS2+', 'Device', 'Section',
  'G3.18(a)', '(where', 'applicable)', '£1,200', '5', 'days;', 'and', 'or', 'excluding', '–', '"Representatives"',
  '*', '_', '`', '<', '>', '&amp;', '&', '[Not', 'used]', '[x](y)', '![a]', '\\', '#', '~', '1.', '2)', '-', '+', '=',
  "'s", '’', '!', '(b)', 'G3.17', '2019', '4.1', 'A1', '|', '{', '}', '%', '@', 'https://example.org', '<!--', '-->',
];
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Plain words, one space apart; `plain` keeps to words without Markdown syntax. */
export const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const comment = fc.array(fc.constantFrom('note', 'secdraft-disable-next-line', 'parallel-qualifier', '--', 'reason', 'G3.20'), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const maybeComments = fc.option(fc.array(comment, { minLength: 1, maxLength: 2 }), { nil: undefined });

/** The label sequence of docs/word-output.md: (a), (i), (A), (I), (aa), (1), and (1) again below. */
export function label(depth: number, index: number): string {
  if (depth === 1) return LOWER[index % 26] as string;
  if (depth === 2) return ROMAN[index % 10] as string;
  if (depth === 3) return UPPER[index % 26] as string;
  if (depth === 4) return (ROMAN[index % 10] as string).toUpperCase();
  if (depth === 5) return (LOWER[index % 26] as string).repeat(2);
  return String((index % 999) + 1);
}

const cellText = fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: fc.constant('') });

function row(cells: readonly string[], bold = false): TableRow {
  return { type: 'tableRow', cells: cells.map((t, i) => (bold && i === 0 && t !== '' ? { type: 'tableCell', text: t, bold: true } : { type: 'tableCell', text: t })) };
}

/**
 * A table of 1 to 4 columns and 0 to 4 body rows, cells of awkward words (pipes included) or empty;
 * some two-column tables set out definitions (bold terms, or a Term | Meaning header).
 */
export const tableArbitrary: fc.Arbitrary<Table> = fc
  .integer({ min: 1, max: 4 })
  .chain((columns) =>
    fc.record({
      align: fc.array(fc.constantFrom<TableAlign>(null, 'left', 'right', 'center'), { minLength: columns, maxLength: columns }),
      header: fc.oneof(fc.array(cellText, { minLength: columns, maxLength: columns }), fc.constant(columns === 2 ? ['Term', 'Meaning'] : Array.from({ length: columns }, () => 'Column'))),
      rows: fc.array(fc.array(cellText, { minLength: columns, maxLength: columns }), { maxLength: 4 }),
      bold: columns === 2 ? fc.boolean() : fc.constant(false),
      comments: maybeComments,
    }),
  )
  .map(({ align, header, rows, bold, comments }) => ({
    type: 'table' as const,
    align,
    header: row(header),
    rows: rows.map((cells) => row(cells, bold)),
    ...(comments ? { comments } : {}),
  }));

/** A shape of blocks; addresses and labels are filled in once the parent is known. */
type BlockShape =
  | { kind: 'text'; text: string; comments?: string[] }
  | { kind: 'table'; table: Table }
  | { kind: 'paragraph'; text: string; comments?: string[]; children: BlockShape[] }
  | { kind: 'definition'; term: string; text: string; comments?: string[]; children: BlockShape[] };

const blockShape: (depth: number) => fc.Arbitrary<BlockShape> = (depth) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('text' as const), text, comments: maybeComments }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('table' as const), table: tableArbitrary }) },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('paragraph' as const),
        text,
        comments: maybeComments,
        // Six levels deep, as the SEC's label sequence; one child a level below the third keeps the trees small.
        children: depth < 6 ? fc.array(blockShape(depth + 1), { maxLength: depth < 3 ? 3 : 1 }) : fc.constant<BlockShape[]>([]),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('definition' as const),
        term: fc.array(fc.constantFrom('Responsible', 'Supplier', 'Hub', 'SMETS2+', '(the', 'DCC)', '*', '_'), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
        text: text.map((t) => ` means ${t}`),
        comments: maybeComments,
        children: fc.constant<BlockShape[]>([]),
      }),
    },
  );

function toBlocks(shapes: readonly BlockShape[], parent: string, depth: number): Block[] {
  let index = 0;
  return shapes.map((shape): Block => {
    const extra = shape.kind !== 'table' && shape.comments ? { comments: shape.comments } : {};
    if (shape.kind === 'text') return { type: 'text', text: shape.text, ...extra };
    if (shape.kind === 'table') return shape.table;
    if (shape.kind === 'definition') {
      const address = definitionAddress(parent, shape.term);
      return { type: 'definition', term: shape.term, address, text: shape.text, children: toBlocks(shape.children, address, depth), ...extra };
    }
    const l = label(depth, index++);
    const address = paragraphAddress(parent, l);
    return { type: 'paragraph', label: l, depth, address, text: shape.text, children: toBlocks(shape.children, address, depth + 1), ...extra };
  });
}

const clauseShape = fc.record({
  text: fc.oneof(text, fc.constant('')),
  comments: maybeComments,
  children: fc.array(blockShape(1), { maxLength: 4 }),
});

/** A Section file of 1 to 3 cross-headings, with paragraphs to depth 6, definitions, words and comments. */
export const sectionFileArbitrary: fc.Arbitrary<SectionFile> = fc
  .record({
    id: fc.constantFrom('A', 'G', 'H', 'X'),
    title: text,
    version: fc.constantFrom('6.17', '6.10', '1.0'),
    extract: fc.boolean(),
    headings: fc.array(
      fc.record({ title: fc.option(text, { nil: null }), comments: maybeComments, tables: fc.option(fc.array(tableArbitrary, { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 4 }), clauses: fc.array(clauseShape, { minLength: 1, maxLength: 3 }) }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ id, title, version, extract, headings }) => {
    let n = 0;
    const built: CrossHeading[] = headings.map((heading, h) => ({
      type: 'crossHeading',
      // Only the first heading may be untitled: a later untitled one has no Markdown form.
      title: h === 0 ? heading.title : (heading.title ?? 'Untitled'),
      ...(heading.comments && (h > 0 || heading.title !== null) ? { comments: heading.comments } : {}),
      // Tables stand under a titled cross-heading only (under the Section heading a clause is expected).
      ...(heading.tables && (h > 0 || heading.title !== null) ? { tables: heading.tables } : {}),
      clauses: heading.clauses.map((shape): Clause => {
        const number = `${id}${1 + Math.floor(n / 5)}.${1 + (n++ % 5)}`;
        return { type: 'clause', number, text: shape.text, children: toBlocks(shape.children, number, 1), ...(shape.comments ? { comments: shape.comments } : {}) };
      }),
    }));
    return {
      type: 'sectionFile',
      file: 'generated.md',
      meta: { code: 'SEC', version, extract },
      section: { type: 'section', id, title, headings: built },
    } satisfies SectionFile;
  });
