/**
 * word/document.xml snapshots (not the zip bytes), one fixture folder per case and marking mode:
 * MP087's annex from the store, and invented cases of one behaviour each.
 */
import { describe, expect, it } from 'vitest';
import type { AnnexDocument } from '../../../src/model/change-tree.js';
import { annexToDocx } from '../../../src/render/docx/index.js';
import { INVENTED_ANNEXES } from './invented-annexes.js';
import { mp087Annex } from './mp087-annex.js';
import { documentXmlForSnapshot } from './read-docx.js';

const CASES: Record<string, () => AnnexDocument> = {
  'docx-mp087-annex': mp087Annex,
  ...Object.fromEntries(Object.entries(INVENTED_ANNEXES).map(([name, annex]) => [name, () => annex])),
};

describe('word/document.xml snapshots', () => {
  for (const [name, annex] of Object.entries(CASES)) {
    for (const mode of ['visual', 'tracked'] as const) {
      it(`${name} (${mode})`, async () => {
        const docx = await annexToDocx(annex(), { trackChanges: mode === 'tracked' });
        await expect(documentXmlForSnapshot(docx)).toMatchFileSnapshot(`../../fixtures/render/${name}/${mode}/expected.document.xml`);
      });
    }
  }
});
