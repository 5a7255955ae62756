/**
 * Random change trees and annexes for the Word renderer's property tests, built directly as model
 * values (no compare): random span sequences over awkward characters (runs of spaces, XML's
 * & < > " ', dashes, "SMETS2+"), paragraphs nested six deep, definitions and closing words,
 * re-lettered labels, inserted and deleted clauses, changes attributed to other modifications.
 * Every word is invented.
 */
import fc from 'fast-check';
import type { AnnexDocument, BlockChange, ChangeKind, ChangeTree, ClauseChange, HeadingChange, Span } from '../../../src/model/change-tree.js';
import type { ModificationMeta } from '../../../src/model/clause-tree.js';

const CHARS = [...'aZ9 +&<>"\'–’.,;()/', ' ', ' ', 'SMETS2+', 'G3.18(a)'];

/** Span text: never empty; spaces may lead, trail or stand alone. */
const textArb = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 10 });

const authorArb = fc.option(fc.constantFrom('MP901', 'MP902'), { nil: undefined, freq: 3 });

const spanArb = (type: Span['type']): fc.Arbitrary<Span> =>
  fc.record({ text: textArb, by: authorArb }).map(({ text, by }) => (by === undefined || type === 'equal' ? { type, text } : { type, text, by }));

const TYPE_OF = { unchanged: 'equal', inserted: 'insert', deleted: 'delete' } as const;

/** Spans that a node of `kind` may hold: only its own type, or any mix when amended. */
export function spansArb(kind: ChangeKind, maxLength = 5): fc.Arbitrary<Span[]> {
  if (kind === 'amended') return fc.array(fc.constantFrom('equal', 'insert', 'delete').chain((t) => spanArb(t as Span['type'])), { maxLength });
  return fc.array(spanArb(TYPE_OF[kind]), { maxLength });
}

/** A child's kind under a parent of `kind`. */
const childKindArb = (kind: ChangeKind): fc.Arbitrary<ChangeKind> =>
  kind === 'amended' ? fc.constantFrom<ChangeKind>('unchanged', 'amended', 'inserted', 'deleted') : fc.constant(kind);

const LETTERS = ['a', 'b', 'c', 'ii', 'A', 'IV', 'aa', '1'];

/** A label: kept, inserted, deleted, or re-lettered ([delete "c", insert "b"]). */
function labelArb(kind: ChangeKind): fc.Arbitrary<Span[]> {
  const letter = fc.constantFrom(...LETTERS);
  if (kind !== 'amended') return letter.map((l) => [{ type: TYPE_OF[kind], text: l }]);
  return fc.oneof(
    letter.map((l): Span[] => [{ type: 'equal', text: l }]),
    fc.tuple(letter, letter).filter(([a, b]) => a !== b).map(([a, b]): Span[] => [{ type: 'delete', text: a }, { type: 'insert', text: b }]),
  );
}

function blockArb(kind: ChangeKind, depth: number): fc.Arbitrary<BlockChange> {
  // Paragraphs nest six deep (the SEC's label sequence), one child a level below the second.
  const block = depth >= 7 ? fc.constant('text' as const) : fc.constantFrom('paragraph' as const, 'definition' as const, 'text' as const);
  return block.chain((type) =>
    fc.record({
      label: type === 'paragraph' ? labelArb(kind) : fc.constant([]),
      term: type === 'definition' ? spansArb(kind, 2).filter((s) => s.length > 0) : fc.constant([]),
      // Unnumbered words always have some (the parser makes no empty text block): an empty one's
      // tracked paragraph mark has nothing to attach to, and which side keeps it is the reader's choice.
      text: type === 'text' ? spansArb(kind).filter((s) => s.length > 0) : spansArb(kind),
      children: type === 'text' ? fc.constant([]) : fc.array(childKindArb(kind).chain((k) => blockArb(k, depth + 1)), { maxLength: depth === 1 ? 3 : depth === 2 ? 2 : 1 }),
    }).map((parts): BlockChange => ({ type: 'blockChange', kind, block: type, ...parts })),
  );
}

function clauseArb(kind: ChangeKind, number: string): fc.Arbitrary<ClauseChange> {
  return fc
    .record({ text: spansArb(kind), children: fc.array(childKindArb(kind).chain((k) => blockArb(k, 1)), { maxLength: 3 }) })
    .map((parts): ClauseChange => ({ type: 'clauseChange', kind, number, ...parts }));
}

const kindArb = fc.constantFrom<ChangeKind>('unchanged', 'amended', 'inserted', 'deleted');

/** A cross-heading (or none) and 1–3 clauses numbered from `first`. */
function headingArb(first: number): fc.Arbitrary<HeadingChange> {
  return fc
    .record({
      kind: kindArb,
      title: fc.option(spansArb('amended', 3).filter((s) => s.length > 0), { nil: null }),
      clauses: fc.array(kindArb, { minLength: 1, maxLength: 3 }).chain((kinds) => fc.tuple(...kinds.map((k, i) => clauseArb(k, `X${first}.${i + 1}`)))),
    })
    .map(({ kind, title, clauses }): HeadingChange => ({ type: 'headingChange', kind, title, clauses }));
}

/** Random change trees: one or two Sections of one or two headings. */
export const changeTreeArb: fc.Arbitrary<ChangeTree> = fc
  .array(fc.tuple(kindArb, fc.array(fc.nat(), { minLength: 1, maxLength: 2 }), spansArb('amended', 2)), { minLength: 1, maxLength: 2 })
  .chain((sections) =>
    fc.tuple(
      ...sections.map(([kind, headings, title], s) =>
        fc.tuple(...headings.map((_, h) => headingArb(s * 10 + h))).map((hs) => ({ type: 'sectionChange' as const, kind, id: `X${s}`, title, headings: hs })),
      ),
    ),
  )
  .map((sections): ChangeTree => ({ type: 'changeTree', code: 'XYZ', base: '1.0', amended: '1.0+MP900', sections }));

/** An invented modification's metadata. */
export const INVENTED_MODIFICATION: ModificationMeta = {
  id: 'MP900',
  title: 'Invented & <Tested> Change',
  code: 'XYZ',
  base: '1.0',
  version: '2.1',
  classification: 'Green',
  path: 'Self-Governance',
};

/** Random annexes of the invented modification: Sections, instructions, headings and clauses. */
export const annexArb: fc.Arbitrary<AnnexDocument> = fc
  .array(fc.array(fc.tuple(textArb, fc.nat({ max: 1 })), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 })
  .chain((sections) =>
    fc.tuple(
      ...sections.map((instructions, s) =>
        fc
          .tuple(...instructions.map(([text, n], i) => fc.tuple(...Array.from({ length: n + 1 }, (_, h) => headingArb(s * 100 + i * 10 + h))).map((headings) => ({ type: 'annexInstruction' as const, text, headings }))))
          .map((ins) => ({ type: 'annexSection' as const, id: `X${s}`, title: `Invented ${s}`, instructions: ins })),
      ),
    ),
  )
  .map((sections): AnnexDocument => ({ type: 'annex', modification: INVENTED_MODIFICATION, base: '1.0', date: '2021-02-28', sections }));
