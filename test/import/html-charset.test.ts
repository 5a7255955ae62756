/** An HTML annex is read in the charset it declares (Word's pages declare windows-1252), else as UTF-8; other bytes are refused in one line. */
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/import/html-charset.js';

const page = (meta: string, body: number[]) => Uint8Array.from([...Buffer.from(`<html><head>${meta}</head><body><p>`), ...body, ...Buffer.from('</p></body></html>')]);

describe('the charset of an HTML annex', () => {
  it("reads windows-1252, as Word's Save as Web Page declares it, with its quotation marks and dashes", () => {
    // “Invented” – 0x93, 0x94 and 0x96 are curly quotes and an en dash in windows-1252 (C1 controls in ISO-8859-1).
    const html = decodeHtml(page('<meta http-equiv=Content-Type content="text/html; charset=windows-1252">', [0x93, ...Buffer.from('Invented'), 0x94, 0x20, 0x96]), 'annex.htm');
    expect(html).toContain('<p>\u201cInvented\u201d \u2013</p>');
  });

  it('refuses bytes that are not in the charset declared, or in UTF-8 when none is, and a charset it cannot read', () => {
    expect(() => decodeHtml(page('<meta charset="utf-8">', [0x93]), 'annex.htm')).toThrow('annex.htm:1:1: the page is not utf-8 text, as it declares (save it again as HTML in UTF-8');
    expect(() => decodeHtml(page('', [0x93]), 'annex.htm')).toThrow('annex.htm:1:1: the page is not UTF-8 text and declares no charset');
    expect(() => decodeHtml(page('<meta charset="x-invented">', []), 'annex.htm')).toThrow('annex.htm:1:1: the page declares a charset secdraft cannot read (x-invented)');
  });
});
