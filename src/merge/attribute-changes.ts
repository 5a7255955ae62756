/** Credits each change of a release redline to the modification that made it. */
import type { BlockChange, ChangeTree, ClauseChange, RowChange, Span, TableChange } from '../model/change-tree.js';

function credit(spans: readonly Span[], by: string): Span[] {
  return spans.map((s) => (s.type === 'equal' || s.by ? s : { ...s, by }));
}

function creditRow(row: RowChange, by: string): RowChange {
  return { ...row, cells: row.cells.map((cell) => ({ ...cell, text: credit(cell.text, by) })) };
}

function creditTable(table: TableChange, by: string): TableChange {
  return { ...table, header: creditRow(table.header, by), rows: table.rows.map((row) => creditRow(row, by)) };
}

function creditBlock(block: BlockChange, by: string, merged: ReadonlyMap<string, readonly Span[]> | undefined, clause: string): BlockChange {
  const address = block.amended && 'address' in block.amended ? block.amended.address : undefined;
  const own = address ? merged?.get(address) : undefined;
  return {
    ...block,
    label: credit(block.label, by),
    term: credit(block.term, by),
    text: own ?? credit(block.text, by),
    children: block.children.map((child) => creditBlock(child, by, merged, clause)),
    ...(block.table ? { table: creditTable(block.table, by) } : {}),
  };
}

/**
 * `authors` names the modifications that changed each clause; `merged` holds, for clauses several
 * modifications changed, the three-way merge's attributed spans by address. Those replace the
 * plain spans (they read back to the same texts); every other change is credited to its clause's
 * modifications.
 */
export function attributeChanges(tree: ChangeTree, authors: ReadonlyMap<string, readonly string[]>, merged: ReadonlyMap<string, ReadonlyMap<string, readonly Span[]>>): ChangeTree {
  const clause = (c: ClauseChange): ClauseChange => {
    const by = (authors.get(c.number) ?? []).join(', ');
    if (!by) return c;
    const own = merged.get(c.number);
    return { ...c, text: own?.get(c.number) ?? credit(c.text, by), children: c.children.map((b) => creditBlock(b, by, own, c.number)) };
  };
  return { ...tree, sections: tree.sections.map((s) => ({ ...s, headings: s.headings.map((h) => ({ ...h, clauses: h.clauses.map(clause) })) })) };
}
