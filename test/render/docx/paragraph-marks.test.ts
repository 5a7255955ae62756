/**
 * Which paragraph marks are tracked: a one-sided paragraph's own mark, or, after the last paragraph
 * both sides keep and before a table, the mark before it; never one mark for two paragraphs.
 * Paragraphs here are invented one-word stand-ins.
 */
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/model/change-tree.js';
import { oneSided, paragraphMarks } from '../../../src/render/docx/paragraph-marks.js';
import type { RedlineParagraph } from '../../../src/render/redline-paragraphs.js';

/** A paragraph from a shorthand: '=' kept, '+' inserted, '-' deleted, '~' amended (both kinds of words); 'T' a table. */
function para(code: string, by?: string): RedlineParagraph {
  if (code === 'T') return { role: 'table', level: 0, lead: [], spans: [], kind: 'amended' };
  const span = (type: Span['type'], text: string): Span => (by && type !== 'equal' ? { type, text, by } : { type, text });
  const spans: Record<string, Span[]> = {
    '=': [span('equal', 'kept')],
    '+': [span('insert', 'new')],
    '-': [span('delete', 'old')],
    '~': [span('delete', 'old'), span('insert', 'new')],
    '': [],
  };
  return { role: 'paragraph', level: 1, lead: code === '' ? [] : spans[code]!.slice(0, 1), spans: spans[code]!, kind: 'amended' };
}

/** The marks of a shorthand document, as the same shorthand ('.' for none). */
const marks = (codes: string[]) => paragraphMarks(codes.map((c) => para(c))).map((m) => (m ? (m.type === 'insert' ? '+' : '-') : '.'));

describe('oneSided', () => {
  it('is the kind of a paragraph all of whose words, number included, are inserted or deleted', () => {
    expect(['=', '+', '-', '~', ''].map((c) => oneSided(para(c)))).toEqual([undefined, 'insert', 'delete', undefined, undefined]);
    expect(oneSided({ role: 'clause', level: 0, lead: [{ type: 'equal', text: 'X1.1' }], spans: [{ type: 'insert', text: 'new words' }] })).toBeUndefined();
  });
});

describe('paragraphMarks', () => {
  it('marks an inserted or deleted paragraph with its own mark while a kept paragraph follows', () => {
    expect(marks(['=', '+', '=', '-', '-', '~'])).toEqual(['.', '+', '.', '-', '-', '.']);
  });

  it('at the end of the body marks the break before each one-sided paragraph, the last mark staying', () => {
    expect(marks(['=', '~', '+', '+'])).toEqual(['.', '+', '+', '.']);
    expect(marks(['=', '-'])).toEqual(['-', '.']);
  });

  it('gives each break to one paragraph only where deleted and inserted ones alternate at the end', () => {
    // A deleted (b) and the inserted (b) that replaces it, last: no mark is both inserted and deleted.
    expect(marks(['=', '-', '+'])).toEqual(['-', '+', '.']);
    expect(marks(['=', '+', '-', '=', '-', '+', '-'])).toEqual(['.', '+', '-', '-', '+', '-', '.']);
  });

  it('marks the break before inserted paragraphs that follow words inserted at the end of a kept one', () => {
    // LibreOffice joins an insertion that ends a paragraph to one that opens the next: the break
    // between them must be one that goes with them.
    const endsInserted: RedlineParagraph = { ...para('~'), spans: [{ type: 'equal', text: 'kept ' }, { type: 'insert', text: 'added' }] };
    const kinds = (ps: RedlineParagraph[]) => paragraphMarks(ps).map((m) => (m ? (m.type === 'insert' ? '+' : '-') : '.'));
    expect(kinds([para('='), endsInserted, para('+'), para('+'), para('=')])).toEqual(['.', '+', '+', '.', '.']);
    // Deletions are not joined so: their own marks.
    expect(kinds([para('='), endsInserted, para('-'), para('=')])).toEqual(['.', '.', '-', '.']);
  });

  it('leaves a document of one side only with its first paragraph (there is no break before it)', () => {
    expect(marks(['+', '+'])).toEqual(['+', '.']);
  });

  it('marks the break before one-sided paragraphs that a table follows (a paragraph cannot join a table)', () => {
    expect(marks(['=', '+', 'T', '='])).toEqual(['+', '.', '.', '.']);
    expect(marks(['=', '-', '-', 'T', '='])).toEqual(['-', '-', '.', '.', '.']);
    // After a table, a one-sided paragraph joins the paragraph after it as usual.
    expect(marks(['=', 'T', '+', '='])).toEqual(['.', '.', '+', '.']);
    // Tables carry no mark, whatever stands around them.
    expect(marks(['=', 'T', 'T', '='])).toEqual(['.', '.', '.', '.']);
  });

  it('gives the break to one paragraph only: a run before one going backward goes backward too', () => {
    expect(marks(['=', '-', '+', 'T', '='])).toEqual(['-', '+', '.', '.', '.']);
    expect(marks(['=', '+', '-', '+', 'T', '='])).toEqual(['+', '-', '+', '.', '.', '.']);
  });

  it('keeps the own marks of one-sided paragraphs between two tables, where no break can take them away', () => {
    expect(marks(['=', 'T', '+', 'T', '='])).toEqual(['.', '.', '+', '.', '.']);
    // Nor can a run right after such a one go backward.
    expect(marks(['=', 'T', '-', '+', 'T', '='])).toEqual(['.', '.', '-', '+', '.', '.']);
  });

  it("credits the mark to the paragraph's modification when all its words name the same one", () => {
    const credited = paragraphMarks([para('='), para('+', 'MP902'), para('=')]);
    expect(credited[1]).toEqual({ type: 'insert', by: 'MP902' });
    const mixed = paragraphMarks([para('='), { ...para('+'), spans: [{ type: 'insert', text: 'a', by: 'MP902' }, { type: 'insert', text: 'b' }] }, para('=')]);
    expect(mixed[1]).toEqual({ type: 'insert' });
  });
});
