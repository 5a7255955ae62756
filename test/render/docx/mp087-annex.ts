/**
 * MP087's Annex A built by hand from the real store files: G3.17–G3.21 from clauses/SEC/6.17/G.md
 * under their cross-heading, with G3.20 split against MP087's own G3.20 (clauses/SEC/modifications)
 * by editSpans, not by compare. Nothing here is retyped legal text.
 */
import type { AnnexDocument } from '../../../src/model/change-tree.js';
import type { Clause, Section } from '../../../src/model/clause-tree.js';
import { openStore } from '../../../src/store/store.js';
import { clauseOfKind, editedClause } from './change-nodes.js';

function clausesOf(sections: readonly Section[]): Map<string, Clause> {
  return new Map(sections.flatMap((s) => s.headings.flatMap((h) => h.clauses.map((c) => [c.number, c] as const))));
}

/** MP087's Annex A, with the context of the whole cross-heading around each amended clause. */
export function mp087Annex(): AnnexDocument {
  const store = openStore('clauses');
  const modification = store.loadModification('MP087');
  const base = store.resolve({ at: modification.meta.base });
  const amended = clausesOf(modification.sections);
  const sections = modification.sections.map((modSection) => {
    const baseSection = base.files.map((f) => f.section).find((s) => s.id === modSection.id);
    if (!baseSection) throw new Error(`no Section ${modSection.id} in the base`);
    const instructions = baseSection.headings
      .filter((h) => h.clauses.some((c) => amended.has(c.number)))
      .map((heading) => {
        const numbers = heading.clauses.filter((c) => amended.has(c.number)).map((c) => c.number);
        return {
          type: 'annexInstruction' as const,
          text: `Amend Section ${numbers.join(', ')} as follows:`,
          headings: [
            {
              type: 'headingChange' as const,
              kind: 'amended' as const,
              title: heading.title === null ? null : [{ type: 'equal' as const, text: heading.title }],
              clauses: heading.clauses.map((c) => {
                const next = amended.get(c.number);
                return next ? editedClause(c, next) : clauseOfKind(c, 'unchanged');
              }),
            },
          ],
        };
      });
    return { type: 'annexSection' as const, id: baseSection.id, title: baseSection.title, instructions };
  });
  const date = modification.meta.implemented;
  if (!date) throw new Error('MP087 has no implementation date');
  return { type: 'annex', modification: modification.meta, base: modification.meta.base, date, sections };
}
