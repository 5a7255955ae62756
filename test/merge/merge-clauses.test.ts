/** mergeClause with tables: a table merges whole (invented clauses). */
import { describe, expect, it } from 'vitest';
import { legalTokens } from '../../src/compare/legal-tokens.js';
import type { Clause, Table } from '../../src/model/clause-tree.js';
import { mergeClause } from '../../src/merge/merge-clauses.js';

const table = (target: string): Table => ({
  type: 'table',
  align: [null, 'right'],
  header: { type: 'tableRow', cells: [{ type: 'tableCell', text: 'Service' }, { type: 'tableCell', text: 'Days' }] },
  rows: [{ type: 'tableRow', cells: [{ type: 'tableCell', text: 'Repair' }, { type: 'tableCell', text: target }] }],
});
const clause = (lead: string, target: string): Clause => ({ type: 'clause', number: 'H1.1', text: lead, children: [table(target)] });

describe('mergeClause with a table', () => {
  const base = clause('The Operator shall meet these targets:', '10');

  it('takes one modification\'s table beside another\'s words', () => {
    const result = mergeClause(base, [{ by: 'MP901', clause: clause('The Operator shall meet these targets:', '7') }, { by: 'MP902', clause: clause('The DCC shall meet these targets:', '10') }], legalTokens);
    expect(result.ok && result.clause).toEqual(clause('The DCC shall meet these targets:', '7'));
  });

  it('clashes when two modifications change the table differently', () => {
    const result = mergeClause(base, [{ by: 'MP901', clause: clause(base.text, '7') }, { by: 'MP902', clause: clause(base.text, '5') }], legalTokens);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.clashes.map((c) => [c.address, c.reason])).toEqual([['H1.1 table 1', 'both change this table']]);
  });

  it('takes a table changed alike by both', () => {
    const result = mergeClause(base, [{ by: 'MP901', clause: clause(base.text, '7') }, { by: 'MP902', clause: clause(base.text, '7') }], legalTokens);
    expect(result.ok && result.clause).toEqual(clause(base.text, '7'));
  });
});
