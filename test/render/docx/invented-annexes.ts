/**
 * Hand-written annexes for the Word snapshots, one behaviour each. All clause text here is
 * invented for a test: it is not SEC wording.
 */
import type { AnnexDocument, BlockChange, ClauseChange, HeadingChange, RowChange, Span } from '../../../src/model/change-tree.js';
import { INVENTED_MODIFICATION } from './change-tree-arbitrary.js';

const eq = (text: string): Span => ({ type: 'equal', text });
const ins = (text: string, by?: string): Span => (by ? { type: 'insert', text, by } : { type: 'insert', text });
const del = (text: string, by?: string): Span => (by ? { type: 'delete', text, by } : { type: 'delete', text });

function paragraph(kind: BlockChange['kind'], label: Span[], text: Span[], children: BlockChange[] = []): BlockChange {
  return { type: 'blockChange', kind, block: 'paragraph', label, term: [], text, children };
}

function clause(kind: ClauseChange['kind'], number: string, text: Span[], children: BlockChange[] = []): ClauseChange {
  return { type: 'clauseChange', kind, number, text, children };
}

function annex(instruction: string, headings: HeadingChange[]): AnnexDocument {
  return {
    type: 'annex',
    modification: INVENTED_MODIFICATION,
    base: INVENTED_MODIFICATION.base,
    date: '2021-02-28',
    sections: [{ type: 'annexSection', id: 'X', title: 'Invented Services', instructions: [{ type: 'annexInstruction', text: instruction, headings }] }],
  };
}

function row(kind: RowChange['kind'], ...cells: Span[][]): RowChange {
  return { type: 'rowChange', kind, cells: cells.map((text) => ({ type: 'cellChange', text, bold: false })) };
}

const heading = (title: string, clauses: ClauseChange[]): HeadingChange => ({ type: 'headingChange', kind: 'amended', title: [eq(title)], clauses });

function text(kind: BlockChange['kind'], words: Span[]): BlockChange {
  return { type: 'blockChange', kind, block: 'text', label: [], term: [], text: words, children: [] };
}

/** The invented cases, by fixture folder name. */
export const INVENTED_ANNEXES: Record<string, AnnexDocument> = {
  // (b) deleted, (c) re-lettered (b), words changed inside (c), and nested (i)/(A) kept.
  'docx-paragraph-deleted-and-relettered': annex('Amend Section X1.1 as follows:', [
    heading('Invented Requests', [
      clause('amended', 'X1.1', [eq('The Operator shall:')], [
        paragraph('unchanged', [eq('a')], [eq('keep a register of requests; and')]),
        paragraph('deleted', [del('b')], [del('publish the register monthly; and')]),
        paragraph('amended', [del('c'), ins('b')], [eq('answer each request within '), del('5'), ins('10'), eq(' Working Days, save where:')], [
          paragraph('unchanged', [eq('i')], [eq('the request is withdrawn; or')], [paragraph('unchanged', [eq('A')], [eq('the requester & <the Operator> agree otherwise.')])]),
        ]),
      ]),
    ]),
  ]),
  // A whole clause deleted and a whole clause inserted, with its paragraph, beside a kept one.
  'docx-clause-inserted-and-deleted': annex('Delete Section X2.1 and insert new Section X2.1A as follows:', [
    heading('Invented Notices', [
      clause('deleted', 'X2.1', [del('Notices may be sent by fax.')]),
      clause('inserted', 'X2.1A', [ins('Notices shall be sent by:')], [paragraph('inserted', [ins('a')], [ins('electronic mail to the published address.')])]),
      clause('unchanged', 'X2.2', [eq('A notice takes effect when received.')]),
    ]),
  ]),
  // Changes made by another modification carry that modification as their author.
  'docx-change-attributed-to-another-modification': annex('Amend Section X3.1 as follows:', [
    heading('Invented Charges', [
      clause('amended', 'X3.1', [eq('Charges are payable within '), del('30', 'MP902'), ins('28', 'MP902'), eq(' days'), ins(' of invoice'), eq('.')]),
    ]),
  ]),
  // A defined term renamed, with a closing text block after a list.
  'docx-defined-term-renamed': annex('Amend Section X4.1 as follows:', [
    heading('Invented Definitions', [
      clause('amended', 'X4.1', [eq('In this Section:')], [
        { type: 'blockChange', kind: 'amended', block: 'definition', label: [], term: [del('Old Party'), ins('Relevant Party')], text: [eq(' means a party to this Code.')], children: [] },
        { type: 'blockChange', kind: 'unchanged', block: 'text', label: [], term: [], text: [eq('Defined terms apply only in this Section.')], children: [] },
      ]),
    ]),
  ]),
  // Items inserted as the document's last paragraphs: Reject All must leave (a) last, with no empty paragraph after it.
  'docx-items-inserted-at-the-end': annex('Amend Section X5.1 as follows:', [
    heading('Invented Reports', [
      clause('amended', 'X5.1', [eq('The Operator shall:')], [
        paragraph('amended', [eq('a')], [eq('keep records of each request'), del('.'), ins('; and')]),
        paragraph('inserted', [ins('b')], [ins('report each quarter:')], [paragraph('inserted', [ins('i')], [ins('to the Panel; and')]), paragraph('inserted', [ins('ii')], [ins('to the Authority.')])]),
      ]),
    ]),
  ]),
  // A deleted item followed by the item that replaces it, both at the very end: its mark is both inserted and deleted.
  'docx-item-replaced-at-the-end': annex('Amend Section X6.1 as follows:', [
    heading('Invented Records', [
      clause('amended', 'X6.1', [eq('Records shall be kept:')], [
        paragraph('unchanged', [eq('a')], [eq('in writing; and')]),
        paragraph('deleted', [del('b')], [del('for six years.')]),
        paragraph('inserted', [ins('b')], [ins('for as long as the Panel directs.')]),
      ]),
    ]),
  ]),
  // An item inserted after a lead-in that ends in inserted words, and a clause inserted after it: the
  // break before the item is the one marked, since LibreOffice joins insertions that meet across a break.
  'docx-item-inserted-after-inserted-words': annex('Amend Section X9.1 and insert new Section X9.2 as follows:', [
    heading('Invented Notices of Appeal', [
      clause('amended', 'X9.1', [eq('A notice of appeal shall be given'), ins(' in writing, and shall state')], [paragraph('inserted', [ins('a')], [ins('the decision appealed against.')])]),
      clause('inserted', 'X9.2', [ins('The Panel shall acknowledge each notice.')]),
      clause('unchanged', 'X9.3', [eq('Time limits run from the day after the notice is given.')]),
    ]),
  ]),
  // A new cross-heading with its clause, before a heading that stays.
  'docx-heading-inserted': annex('Insert new Section X7.1 and its heading as follows:', [
    { type: 'headingChange', kind: 'inserted', title: [ins('Invented Appeals')], clauses: [clause('inserted', 'X7.1', [ins('A party may appeal a decision to the Panel.')], [text('inserted', [ins('The Panel decides an appeal within 20 Working Days.')])])] },
    heading('Invented Costs', [clause('unchanged', 'X7.2', [eq('Each party bears its own costs.')])]),
  ]),
  // Six levels, (a) (i) (A) (I) (aa) (1), each in its own style; items inserted and deleted at levels 4 to 6, closing words at level 4.
  'docx-six-levels': annex('Amend Section X8.1 as follows:', [
    heading('Invented Levels', [
      clause('amended', 'X8.1', [eq('The Operator shall, in each case:')], [
        paragraph('amended', [eq('a')], [eq('consider a request:')], [
          paragraph('amended', [eq('i')], [eq('on its merits, taking into account:')], [
            paragraph('amended', [eq('A')], [eq('the evidence, namely:')], [
              paragraph('amended', [eq('I')], [eq('the documents '), del('sent'), ins('given'), eq(' with it, including:')], [
                paragraph('amended', [eq('aa')], [eq('any report, in particular:')], [
                  paragraph('unchanged', [eq('1')], [eq('its summary; and')]),
                  paragraph('deleted', [del('2')], [del('its annexes,')]),
                ]),
                paragraph('inserted', [ins('bb')], [ins('any plan,')]),
              ]),
              paragraph('deleted', [del('II')], [del('any statement,')]),
              text('amended', [eq('as they stand'), ins(' on the date of the request'), eq(';')]),
            ]),
          ]),
        ]),
      ]),
      clause('unchanged', 'X8.2', [eq('Nothing in Section X8.1 limits the Panel.')]),
    ]),
  ]),
  // A table: a cell's words changed, a row inserted, a row deleted, kept rows around them.
  'docx-table-rows-changed': annex('Amend Section X5.1 as follows:', [
    heading('Invented Service Targets', [
      clause('amended', 'X5.1', [eq('The Operator shall meet these targets:')], [
        {
          type: 'blockChange',
          kind: 'amended',
          block: 'table',
          label: [],
          term: [],
          text: [],
          children: [],
          table: {
            align: [null, 'right'],
            header: row('unchanged', [eq('Invented Service')], [eq('Target (days)')]),
            rows: [
              row('unchanged', [eq('Installation')], [eq('5')]),
              row('amended', [eq('Repair')], [del('10'), ins('7')]),
              row('deleted', [del('Removal by fax')], [del('30')]),
              row('inserted', [ins('Remote reconfiguration')], [ins('2')]),
            ],
          },
        },
        { type: 'blockChange', kind: 'unchanged', block: 'text', label: [], term: [], text: [eq('Targets run from the day a request is received.')], children: [] },
      ]),
    ]),
  ]),
};
