/** A clause as the units a reviewer compares one by one: its lead-in, each paragraph's words, each run of closing words. */
import type { Block, Clause, SourcePosition } from '../model/clause-tree.js';

/** One unit of words, addressed. */
export interface ClauseUnit {
  /** "G3.20", "G3.20(b)", `A1.1 "Term"`, "G3.20 (words after the list)". */
  readonly address: string;
  readonly text: string;
  readonly position?: SourcePosition;
}

function blockUnits(blocks: readonly Block[], parent: string, out: ClauseUnit[]): void {
  let words = 0;
  for (const block of blocks) {
    if (block.type === 'text') {
      words++;
      out.push({ address: `${parent} (words after the list${words > 1 ? `, ${words}` : ''})`, text: block.text, ...(block.position ? { position: block.position } : {}) });
    } else if (block.type === 'table') {
      // A table's words, row by row, so that a changed cell is a changed unit.
      const rows = [block.header, ...block.rows].map((row) => row.cells.map((cell) => cell.text).join(' | '));
      out.push({ address: `${parent} (table)`, text: rows.join(' / '), ...(block.position ? { position: block.position } : {}) });
    } else {
      const head = block.type === 'paragraph' ? `(${block.label}) ${block.text}` : `${block.term}${block.text}`;
      out.push({ address: block.address, text: head, ...(block.position ? { position: block.position } : {}) });
      blockUnits(block.children, block.address, out);
    }
  }
}

/** The units of a clause, in reading order. */
export function clauseUnits(clause: Clause): ClauseUnit[] {
  const out: ClauseUnit[] = [{ address: clause.number, text: clause.text, ...(clause.position ? { position: clause.position } : {}) }];
  blockUnits(clause.children, clause.number, out);
  return out;
}
