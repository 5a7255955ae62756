/**
 * The Word annex's parts as a reader finds them: the layout of a published Annex A taken from the
 * model, styles with hanging clause numbers and a style per nesting level ((a), (i), (A), (I), (aa),
 * (1)...), the classification header, "Page X of Y" fields, the marks of each mode (tracked
 * paragraph marks too), and revision authors, dates and ids.
 */
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { AnnexDocument, BlockChange, ChangeKind, RowChange } from '../../../src/model/change-tree.js';
import { annexToDocx, changeTreeToDocx } from '../../../src/render/docx/index.js';
import { INVENTED_MODIFICATION } from './change-tree-arbitrary.js';
import { INVENTED_ANNEXES } from './invented-annexes.js';
import { mp087Annex } from './mp087-annex.js';
import { docxPart, docxParagraphs, sideText } from './read-docx.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const xml = (text: string) => new DOMParser().parseFromString(text, 'text/xml');
const all = (node: { getElementsByTagNameNS(ns: string, name: string): ArrayLike<XmlElement> }, name: string) => Array.from(node.getElementsByTagNameNS(W, name));
const relettered = INVENTED_ANNEXES['docx-paragraph-deleted-and-relettered']!;
const attributed = INVENTED_ANNEXES['docx-change-attributed-to-another-modification']!;
const sixLevels = INVENTED_ANNEXES['docx-six-levels']!;

describe('annexToDocx layout', () => {
  it('prints the front matter, Section heading and instruction from the model, in order', async () => {
    const paragraphs = docxParagraphs(await annexToDocx(relettered, { trackChanges: false }));
    const lines = paragraphs.map((p) => [p.style, sideText(p, 'accept', 'visual')]);
    expect(lines.slice(0, 8)).toEqual([
      ['SecTitle', "MP900 'Invented & <Tested> Change'"],
      ['SecSubtitle', 'Annex A'],
      ['SecSubtitle', 'Legal text – version 2.1'],
      ['SecHeading', 'About this document'],
      ['SecBody', 'This document contains the redlined changes to the XYZ that would be required to deliver this Modification Proposal.'],
      ['SecBody', 'These changes have been drafted against XYZ Version 1.0.'],
      ['SecHeading', "Section X 'Invented Services'"],
      ['SecInstruction', 'Amend Section X1.1 as follows:'],
    ]);
    expect(lines[8]).toEqual(['SecCrossHeading', 'Invented Requests']);
  });

  it('puts clauses in SecClause and (a), (i), (A) in SecParagraph1, 2, 3, the number and words split by a tab', async () => {
    const paragraphs = docxParagraphs(await annexToDocx(relettered, { trackChanges: false }));
    const body = paragraphs.filter((p) => /^Sec(Clause|Paragraph)/.test(p.style)).map((p) => [p.style, sideText(p, 'accept', 'visual').split('\t')[0]]);
    expect(body).toEqual([
      ['SecClause', 'X1.1'],
      ['SecParagraph1', '(a)'],
      ['SecParagraph1', ''],
      ['SecParagraph1', '(b)'],
      ['SecParagraph2', '(i)'],
      ['SecParagraph3', '(A)'],
    ]);
  });

  it('gives each of six levels, (a) (i) (A) (I) (aa) (1), its own style, and closing words the style of what they close', async () => {
    const paragraphs = docxParagraphs(await annexToDocx(sixLevels, { trackChanges: false }));
    const body = paragraphs.filter((p) => /^Sec(Clause|Paragraph|Text)/.test(p.style)).map((p) => [p.style, sideText(p, 'reject', 'visual').split('\t')[0]]);
    expect(body).toEqual([
      ['SecClause', 'X8.1'],
      ['SecParagraph1', '(a)'],
      ['SecParagraph2', '(i)'],
      ['SecParagraph3', '(A)'],
      ['SecParagraph4', '(I)'],
      ['SecParagraph5', '(aa)'],
      ['SecParagraph6', '(1)'],
      ['SecParagraph6', '(2)'],
      ['SecParagraph5', ''],
      ['SecParagraph4', '(II)'],
      ['SecText3', 'as they stand;'],
      ['SecClause', 'X8.2'],
    ]);
  });

  it('defines the styles with a hanging indent that grows a level at a time, and bold cross-headings', async () => {
    const styles = xml(docxPart(await annexToDocx(relettered, { trackChanges: false }), 'word/styles.xml'));
    const style = (id: string) => all(styles, 'style').find((s) => s.getAttributeNS(W, 'styleId') === id);
    const indent = (id: string) => {
      const ind = all(style(id)!, 'ind')[0]!;
      return { left: Number(ind.getAttributeNS(W, 'left')), hanging: Number(ind.getAttributeNS(W, 'hanging') || 0) };
    };
    const clause = indent('SecClause');
    expect(clause.hanging).toBeGreaterThan(0);
    expect(clause.left).toBe(clause.hanging);
    // Nine levels, as Word's outline has: each label hangs where the words of the level above begin.
    const levels = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => indent(`SecParagraph${n}`));
    for (const [i, level] of levels.entries()) {
      expect(level.hanging).toBeGreaterThan(0);
      expect(level.left - level.hanging).toBe(i === 0 ? clause.left : levels[i - 1]!.left);
      expect(indent(`SecText${i + 1}`).left).toBe(level.left);
    }
    expect(indent('SecText0').left).toBe(clause.left);
    // A4 less the margins: the ninth level still leaves its words more than 2.5 cm.
    expect(11906 - 2 * 1440 - levels[8]!.left).toBeGreaterThan(1417);
    expect(style('SecParagraph10')).toBeUndefined();
    expect(all(style('SecCrossHeading')!, 'b')).toHaveLength(1);
  });

  it('heads every page with the classification and footers it "Page X of Y" with PAGE and NUMPAGES fields', async () => {
    const docx = await annexToDocx({ ...relettered, modification: { ...INVENTED_MODIFICATION, classification: 'Amber' } }, { trackChanges: false });
    expect(xml(docxPart(docx, 'word/header1.xml')).documentElement?.textContent).toBe('This document is classified as Amber');
    const footer = xml(docxPart(docx, 'word/footer1.xml'));
    expect(all(footer, 'instrText').map((i) => i.textContent)).toEqual(['PAGE', 'NUMPAGES']);
    expect(all(footer, 't').map((t) => t.textContent)).toEqual(['Page ', ' of ']);
  });
});

describe('marks', () => {
  it('visual: insertions underlined and coloured, deletions struck and coloured, no revisions', async () => {
    const docx = await annexToDocx(mp087Annex(), { trackChanges: false });
    const doc = xml(docxPart(docx, 'word/document.xml'));
    expect(all(doc, 'ins')).toHaveLength(0);
    const marked = all(doc, 'r').filter((r) => all(r, 'u').length > 0 || all(r, 'strike').length > 0);
    expect(marked.map((r) => r.textContent)).toEqual([' which forms part of a SMETS2+ Device']);
    expect(all(marked[0]!, 'color')[0]?.getAttributeNS(W, 'val')).toMatch(/^[0-9A-F]{6}$/);

    const struck = all(xml(docxPart(await annexToDocx(relettered, { trackChanges: false }), 'word/document.xml')), 'r').filter((r) => all(r, 'strike').length > 0);
    // The deleted (b)'s tab is struck with it ('' as text).
    expect(struck.map((r) => r.textContent)).toEqual(['(b)', '', 'publish the register monthly; and', 'c', '5']);
    expect(struck.every((r) => all(r, 'color').length === 1)).toBe(true);
  });

  it('tracked: MP087 inserts its words in one w:ins, authored MP087 and dated its implementation date', async () => {
    const doc = xml(docxPart(await annexToDocx(mp087Annex(), { trackChanges: true }), 'word/document.xml'));
    expect(all(doc, 'del')).toHaveLength(0);
    const [insertion, ...rest] = all(doc, 'ins');
    expect(rest).toHaveLength(0);
    expect(insertion?.textContent).toBe(' which forms part of a SMETS2+ Device');
    expect([insertion?.getAttributeNS(W, 'author'), insertion?.getAttributeNS(W, 'date')]).toEqual(['MP087', '2019-11-04T00:00:00Z']);
    expect(all(doc, 'u').length + all(doc, 'strike').length).toBe(0);
  });

  it('tracked: a span made by another modification is authored by it; ids count from 1 in reading order', async () => {
    const doc = xml(docxPart(await annexToDocx(attributed, { trackChanges: true }), 'word/document.xml'));
    const revisions = [...all(doc, 'del'), ...all(doc, 'ins')].sort((a, b) => Number(a.getAttributeNS(W, 'id')) - Number(b.getAttributeNS(W, 'id')));
    expect(revisions.map((r) => [r.localName, r.getAttributeNS(W, 'id'), r.getAttributeNS(W, 'author'), r.textContent])).toEqual([
      ['del', '1', 'MP902', '30'],
      ['ins', '2', 'MP902', '28'],
      ['ins', '3', 'MP900', ' of invoice'],
    ]);
    // Deleted words are w:delText, as Word requires inside w:del.
    expect(all(doc, 'del').every((d) => all(d, 't').length === 0 && all(d, 'delText').length > 0)).toBe(true);
  });

  it('tracked: a wholly inserted or deleted paragraph carries a tracked paragraph mark, after its words in id order', async () => {
    const doc = xml(docxPart(await annexToDocx(INVENTED_ANNEXES['docx-clause-inserted-and-deleted']!, { trackChanges: true }), 'word/document.xml'));
    const markOf = (p: XmlElement) => all(all(p, 'pPr')[0]!, 'rPr')[0];
    const marked = all(doc, 'p').filter((p) => all(p, 'pPr')[0] && markOf(p));
    expect(marked.map((p) => [all(p, 'pStyle')[0]?.getAttributeNS(W, 'val'), markOf(p)!.firstChild?.localName])).toEqual([
      ['SecClause', 'del'], // X2.1, deleted
      ['SecClause', 'ins'], // X2.1A, inserted
      ['SecParagraph1', 'ins'], // its (a)
    ]);
    for (const p of marked) {
      const mark = markOf(p)!.firstChild as XmlElement;
      expect([mark.getAttributeNS(W, 'author'), mark.getAttributeNS(W, 'date')]).toEqual(['MP900', '2021-02-28T00:00:00Z']);
      // Every run revision of the paragraph comes before its mark in reading order.
      const runs = [...all(p, 'ins'), ...all(p, 'del')].filter((r) => r !== mark).map((r) => Number(r.getAttributeNS(W, 'id')));
      expect(Math.max(...runs)).toBe(Number(mark.getAttributeNS(W, 'id')) - 1);
    }
    // Revision ids are unique across runs and marks.
    const ids = [...all(doc, 'ins'), ...all(doc, 'del')].map((r) => r.getAttributeNS(W, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('visual: paragraph marks are never tracked', async () => {
    const doc = xml(docxPart(await annexToDocx(INVENTED_ANNEXES['docx-clause-inserted-and-deleted']!, { trackChanges: false }), 'word/document.xml'));
    expect(all(doc, 'ins').length + all(doc, 'del').length).toBe(0);
  });

  it('changeTreeToDocx takes the revision author and date from its options', async () => {
    const tree = { type: 'changeTree' as const, code: 'XYZ', base: '1.0', amended: '1.1', sections: [{ type: 'sectionChange' as const, kind: 'amended' as const, id: 'X', title: [{ type: 'equal' as const, text: 'Invented' }], headings: attributed.sections[0]!.instructions[0]!.headings }] };
    const doc = xml(docxPart(await changeTreeToDocx(tree, { trackChanges: true, date: '2024-01-31', author: 'Drafter' }), 'word/document.xml'));
    expect(all(doc, 'ins').map((r) => [r.getAttributeNS(W, 'author'), r.getAttributeNS(W, 'date')])).toEqual([['MP902', '2024-01-31T00:00:00Z'], ['Drafter', '2024-01-31T00:00:00Z']]);
  });
});

describe('neighbouring tables', () => {
  // Invented words: two one-row tables standing together under a cross-heading, in an annex.
  const table = (kind: ChangeKind, word: string): BlockChange => {
    const type = kind === 'inserted' ? 'insert' : kind === 'deleted' ? 'delete' : 'equal';
    const row = (text: string): RowChange => ({ type: 'rowChange', kind, cells: [{ type: 'cellChange', text: [{ type, text }], bold: false }] });
    return { type: 'blockChange', kind, block: 'table', label: [], term: [], text: [], children: [], table: { align: [null], header: row('Invented'), rows: [row(word)] } };
  };
  const annex = (first: ChangeKind, second: ChangeKind): AnnexDocument => ({
    type: 'annex',
    modification: INVENTED_MODIFICATION,
    base: '1.0',
    date: '2021-02-28',
    sections: [{ type: 'annexSection', id: 'X', title: 'Invented', instructions: [{ type: 'annexInstruction', text: 'Amend the tables as follows:', headings: [{ type: 'headingChange', kind: 'amended', title: [{ type: 'equal', text: 'Invented Tables' }], tables: [table(first, 'one'), table(second, 'two')], clauses: [] }] }] }],
  });
  /** The paragraph between the two tables: its style and its mark (ins, del or none). */
  async function between(first: ChangeKind, second: ChangeKind, trackChanges = true) {
    const body = all(xml(docxPart(await annexToDocx(annex(first, second), { trackChanges }), 'word/document.xml')), 'body')[0]!;
    const blocks = Array.from(body.childNodes as unknown as ArrayLike<XmlElement>).filter((n) => n.localName === 'p' || n.localName === 'tbl');
    const at = blocks.findIndex((b) => b.localName === 'tbl');
    const gap = blocks[at + 1]!;
    expect(blocks[at + 2]?.localName, 'the second table follows the gap').toBe('tbl');
    const mark = all(gap, 'rPr')[0];
    return [all(gap, 'pStyle')[0]?.getAttributeNS(W, 'val'), mark ? (all(mark, 'ins').length ? 'ins' : all(mark, 'del').length ? 'del' : '') : ''];
  }

  it('stand apart, with an empty SecTableGap paragraph between them (Word and LibreOffice join touching tables into one)', async () => {
    expect(await between('unchanged', 'unchanged')).toEqual(['SecTableGap', '']);
    expect(await between('unchanged', 'inserted', false)).toEqual(['SecTableGap', '']);
  });

  it('with tracked changes, the gap is inserted or deleted with a table that is, and stays where neither side has both', async () => {
    expect(await between('unchanged', 'inserted')).toEqual(['SecTableGap', 'ins']);
    expect(await between('deleted', 'unchanged')).toEqual(['SecTableGap', 'del']);
    expect(await between('deleted', 'inserted')).toEqual(['SecTableGap', '']);
  });
});
