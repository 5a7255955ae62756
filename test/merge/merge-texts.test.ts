/** Three-way word merge. The edits are invented; the base is the seed's G3.19. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptSpans, rejectSpans } from '../../src/model/spans.js';
import { mergeTexts } from '../../src/merge/merge-texts.js';

// A plain word tokenizer is enough here: the merge is tokenizer-agnostic (the CLI uses the legal one).
const words = (text: string) => text.match(/\S+\s*|\s+/g) ?? [];
const G319 = 'A User shall not be required to notify a manufacturer or developer in accordance with Section G3.18(a) where it has reason to be satisfied that the manufacturer or developer is already aware of the matter that would otherwise be notified';

describe('mergeTexts', () => {
  it('merges changes to different words of one text, attributing each', () => {
    const a = G319.replace('shall not be required', 'need not');
    const b = G319.replace('otherwise be notified', 'otherwise be notified to it');
    const result = mergeTexts(G319, [{ by: 'MPA', text: a }, { by: 'MPB', text: b }], words);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe(G319.replace('shall not be required', 'need not').replace('otherwise be notified', 'otherwise be notified to it'));
    expect(rejectSpans(result.spans)).toBe(G319);
    expect(acceptSpans(result.spans)).toBe(result.text);
    expect(result.spans.filter((s) => s.type !== 'equal').map((s) => s.by)).toEqual(expect.arrayContaining(['MPA', 'MPB']));
  });

  it('reports a clash when two modifications change the same words differently', () => {
    const a = G319.replace('already aware', 'fully aware');
    const b = G319.replace('already aware', 'demonstrably aware');
    const result = mergeTexts(G319, [{ by: 'MPA', text: a }, { by: 'MPB', text: b }], words);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.clashes[0]!.edits.map((e) => [e.by, e.inserts.trim()])).toEqual([['MPA', 'fully'], ['MPB', 'demonstrably']]);
  });

  it('reports a clash for different insertions at the same point', () => {
    const a = G319.replace('where it has', 'where, in writing, it has');
    const b = G319.replace('where it has', 'where, acting reasonably, it has');
    expect(mergeTexts(G319, [{ by: 'MPA', text: a }, { by: 'MPB', text: b }], words).ok).toBe(false);
  });

  it('takes an identical change once, crediting both', () => {
    const a = G319.replace('already aware', 'aware');
    const result = mergeTexts(G319, [{ by: 'MPA', text: a }, { by: 'MPB', text: a }], words);
    expect(result.ok && result.text).toBe(a);
    expect(result.ok && result.spans.find((s) => s.type === 'delete')?.by).toBe('MPA, MPB');
  });

  it('gives the same text whatever the order of non-clashing edits, and its spans read back both ways', () => {
    const base = words(G319);
    const edit = fc.array(fc.record({ at: fc.nat(base.length - 1), drop: fc.boolean(), add: fc.constantFrom('', 'new ', 'further words ') }), { maxLength: 3 }).map((changes) => {
      const tokens = [...base];
      for (const c of [...changes].sort((x, y) => y.at - x.at)) tokens.splice(c.at, c.drop ? 1 : 0, c.add);
      return tokens.join('');
    });
    fc.assert(
      fc.property(edit, edit, (a, b) => {
        const ab = mergeTexts(G319, [{ by: 'A', text: a }, { by: 'B', text: b }], words);
        const ba = mergeTexts(G319, [{ by: 'B', text: b }, { by: 'A', text: a }], words);
        expect(ab.ok).toBe(ba.ok);
        if (!ab.ok || !ba.ok) return;
        expect(ab.text).toBe(ba.text);
        expect(rejectSpans(ab.spans)).toBe(G319);
        expect(acceptSpans(ab.spans)).toBe(ab.text);
      }),
      { numRuns: 300 },
    );
  });
});
