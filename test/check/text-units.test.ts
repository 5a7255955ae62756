/** Text units of tables: each cell on its own, a definitions table's rows as definitions, positions in the file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkVersion } from '../../src/check/check-version.js';
import { positionAt, textUnits } from '../../src/check/text-units.js';
import { loadSide } from '../../src/store/load-side.js';
import { openStore } from '../../src/store/store.js';

const load = (folder: string) => loadSide(() => openStore('clauses'), folder);

/** The 1-based column of `needle` on a file's `line`. */
function column(file: string, line: number, needle: string): number {
  return (readFileSync(file, 'utf8').split('\n')[line - 1] as string).indexOf(needle) + 1;
}

describe('textUnits of tables (invented fixtures)', () => {
  it('reads a Term | Meaning table as definitions, positioned at the term and, past it, at the meaning', () => {
    const units = textUnits(load('test/fixtures/check/defined-term/valid/definitions-table'));
    const gadget = units.find((u) => u.kind === 'definition' && u.text.startsWith('Gadget Register'))!;
    expect(gadget.address).toBe('A1.1 "Gadget Register"');
    expect(gadget.text).toBe('Gadget Register means the register of Invented Devices.');
    const file = gadget.position!.file;
    expect(gadget.position!.column).toBe(column(file, gadget.position!.line, 'Gadget Register'));
    const at = positionAt(gadget, gadget.text.indexOf('Invented Devices'))!;
    expect(at.line).toBe(gadget.position!.line);
    expect(at.column).toBe(column(file, at.line, 'Invented Devices'));
    // A bold term's words start after its **.
    const bold = units.find((u) => u.kind === 'definition' && u.text.startsWith('Type Two Device'))!;
    expect(bold.position!.column).toBe(column(file, bold.position!.line, 'Type Two Device'));
  });

  it('gives each cell with words a unit of its own, figures-only cells none, tables under cross-headings too', () => {
    const units = textUnits(load('test/fixtures/check/cross-reference/invalid/reference-in-table-cell'));
    const cells = units.filter((u) => u.address.includes(' table ')).map((u) => `${u.address}: ${u.text}`);
    expect(cells).toEqual([
      'H "Service Targets" table 1 header cell 1: Service',
      'H "Service Targets" table 1 header cell 2: Target',
      'H "Service Targets" table 1 header cell 3: Notes',
      'H "Service Targets" table 1 row 1 cell 1: Installation',
      'H "Service Targets" table 1 row 1 cell 3: see Section H1.2(a)',
      'H1.1 table 1 header cell 1: Exception',
      'H1.1 table 1 header cell 2: Notes',
      'H1.1 table 1 row 1 cell 1: Remote work',
      'H1.1 table 1 row 1 cell 2: see Section H9.9',
    ]);
  });

  it('places a finding in a cell at its words in the file', () => {
    const [finding] = checkVersion(load('test/fixtures/check/cross-reference/invalid/reference-in-table-cell')).filter((f) => f.ruleId === 'cross-reference');
    expect(finding?.data).toEqual({ reference: 'H9.9', clause: 'H9.9' });
    const { file, line, column: col } = finding!.position!;
    expect(col).toBe(column(file, line, 'H9.9'));
  });
});
