/**
 * Which generated versions an imported document can carry back: the edit arbitrary makes trees no
 * rendering can show (a depth-1 paragraph inside another, bold in a three-column table), and words
 * that open a paragraph as a label or number would (text cannot tell them from structure).
 */
import type { Block, Table, Version } from '../../src/model/clause-tree.js';

/** Words that open a paragraph as a label, a number, a bullet or a heading would in any annex format: text cannot tell them from structure. */
export const AMBIGUOUS_START = /^(\(|[A-Z]?\d|[-–•*+#>]|<!--|&|\[)/;

function texts(blocks: readonly Block[], out: string[]): string[] {
  for (const b of blocks) {
    if (b.type === 'table') continue;
    out.push(b.type === 'definition' ? b.term : b.text);
    if (b.type !== 'text') texts(b.children, out);
  }
  return out;
}

/** Paragraphs nested as their depth says (the edit arbitrary can insert a depth-1 paragraph inside another, which no rendering can show). */
function nested(blocks: readonly Block[], depth: number): boolean {
  return blocks.every((b) => (b.type === 'paragraph' ? b.depth === depth && nested(b.children, depth + 1) : b.type === 'definition' ? nested(b.children, depth) : true));
}

/** Bold cells only where the clause format holds them, a two-column table's body rows' first cells (the edit arbitrary can add a column to a table of definitions). */
function boldHeld(version: Version): boolean {
  const tables: Table[] = [];
  const walk = (blocks: readonly Block[]) => blocks.forEach((b) => (b.type === 'table' ? tables.push(b) : b.type !== 'text' && walk(b.children)));
  for (const h of version.files.flatMap((f) => f.section.headings)) {
    tables.push(...(h.tables ?? []));
    for (const c of h.clauses) walk(c.children);
  }
  return tables.every((t) => t.header.cells.every((c) => !c.bold) && t.rows.every((r) => r.cells.every((c, i) => !c.bold || (i === 0 && t.align.length === 2))));
}

/** True when every document format can show `version`'s structure unambiguously. */
export function readable(version: Version): boolean {
  if (!boldHeld(version)) return false;
  return version.files.every(({ section }) =>
    section.headings.every((h) => (h.title === null || !AMBIGUOUS_START.test(h.title)) && h.clauses.every((c) => nested(c.children, 1) && texts(c.children, [c.text]).every((t) => !AMBIGUOUS_START.test(t))))
    && !AMBIGUOUS_START.test(section.title));
}
