/**
 * Same input, byte-identical .docx: the docx package stamps the clock into docProps/core.xml and
 * into every zip entry, so renders at two different clock times must still agree byte for byte.
 */
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annexToDocx, changeTreeToDocx } from '../../../src/render/docx/index.js';
import { INVENTED_ANNEXES } from './invented-annexes.js';
import { mp087Annex } from './mp087-annex.js';
import { docxPart } from './read-docx.js';

/** Renders at two clock times, years apart. */
async function twice(render: () => Promise<Uint8Array>): Promise<[Uint8Array, Uint8Array]> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
  const first = await render();
  vi.setSystemTime(new Date('2044-12-31T23:59:58Z'));
  const second = await render();
  return [first, second];
}

/** The DOS date and time of every zip entry, from the central directory. */
function zipStamps(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const stamps: string[] = [];
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const time = view.getUint16(i + 12, true);
    const date = view.getUint16(i + 14, true);
    stamps.push(`${1980 + (date >> 9)}-${(date >> 5) & 15}-${date & 31} ${time >> 11}:${(time >> 5) & 63}`);
  }
  return stamps;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('determinism', () => {
  for (const trackChanges of [false, true]) {
    it(`MP087's annex (${trackChanges ? 'tracked' : 'visual'}) is byte-identical at two clock times`, async () => {
      const annex = mp087Annex();
      const [first, second] = await twice(() => annexToDocx(annex, { trackChanges }));
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    });
  }

  it('a change tree is byte-identical at two clock times', async () => {
    const headings = INVENTED_ANNEXES['docx-clause-inserted-and-deleted']!.sections[0]!.instructions[0]!.headings;
    const tree = { type: 'changeTree' as const, code: 'XYZ', base: '1.0', amended: '1.1', sections: [{ type: 'sectionChange' as const, kind: 'amended' as const, id: 'X', title: [], headings }] };
    const [first, second] = await twice(() => changeTreeToDocx(tree, { trackChanges: true, date: '2022-03-04', author: 'MP900' }));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('dates core.xml and every zip entry with the annex date, never the clock', async () => {
    const [docx] = await twice(() => annexToDocx(mp087Annex(), { trackChanges: false }));
    const core = docxPart(docx, 'docProps/core.xml');
    expect(core.match(/<dcterms:(created|modified)[^>]*>[^<]*</g)?.map((m) => m.replace(/^.*>/, '').replace('<', ''))).toEqual(['2019-11-04T00:00:00Z', '2019-11-04T00:00:00Z']);
    const stamps = zipStamps(docx);
    expect(stamps).toHaveLength(Object.keys(unzipSync(docx)).length);
    expect(new Set(stamps)).toEqual(new Set(['2019-11-4 0:0']));
  });

  it('writes [Content_Types].xml first and the other entries in name order', async () => {
    const names = Object.keys(unzipSync(await annexToDocx(mp087Annex(), { trackChanges: true })));
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort((a, b) => a.localeCompare(b)));
  });
});
