/**
 * A release: several modifications consolidated into one new version of their base, merging at the
 * word level where they touch the same clause, or the clashes that stop it.
 */
import type { Span } from '../model/change-tree.js';
import type { Clause, ClauseDeletion, CrossHeading, Modification, Section, Version } from '../model/clause-tree.js';
import { applyModification } from '../store/apply-modification.js';
import { mergeClause, type ClauseClash, type ClauseEdit } from './merge-clauses.js';
import type { Tokenize } from './merge-texts.js';

/** What one modification did in the release. */
export interface ChangeLogEntry {
  readonly modification: string;
  readonly amended: readonly string[];
  readonly inserted: readonly string[];
  readonly deleted: readonly string[];
}

/** A clash that stops a release: the clause and each modification's words. */
export interface ReleaseClash extends ClauseClash {
  /** The clause number. */
  readonly clause: string;
}

/** The released version, its change log and who changed which words; or the clashes. */
export type ReleaseResult =
  | {
      readonly ok: true;
      readonly version: Version;
      readonly changeLog: readonly ChangeLogEntry[];
      /** Attributed spans of the parts several modifications changed, by clause number then address. */
      readonly attribution: ReadonlyMap<string, ReadonlyMap<string, readonly Span[]>>;
      /** The modifications that changed each clause. */
      readonly authors: ReadonlyMap<string, readonly string[]>;
    }
  | { readonly ok: false; readonly clashes: readonly ReleaseClash[] };

/** Options of releaseVersion. */
export interface ReleaseVersionOptions {
  /** The new version's id. */
  readonly as: string;
  /** The legal tokenizer the redline engine uses. */
  readonly tokenize: Tokenize;
}

interface Touch {
  readonly by: string;
  readonly clause: Clause | null;
  readonly heading: CrossHeading | undefined;
  readonly section: Section | undefined;
}

/**
 * Releases `modifications`, all drafted against `base`, as version `options.as`. Clauses touched by
 * one modification take its text; clauses touched by several are merged three-way; the order of the
 * modifications does not change the result when they do not clash.
 */
export function releaseVersion(base: Version, modifications: readonly Modification[], options: ReleaseVersionOptions): ReleaseResult {
  const baseClauses = new Map<string, Clause>();
  for (const file of base.files) for (const h of file.section.headings) for (const c of h.clauses) baseClauses.set(c.number, c);

  const touches = new Map<string, Touch[]>();
  const touch = (number: string, t: Touch) => touches.set(number, [...(touches.get(number) ?? []), t]);
  const changeLog: ChangeLogEntry[] = [];
  for (const mod of [...modifications].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const amended: string[] = [];
    const inserted: string[] = [];
    for (const section of mod.sections) {
      for (const heading of section.headings) {
        for (const clause of heading.clauses) {
          (baseClauses.has(clause.number) ? amended : inserted).push(clause.number);
          touch(clause.number, { by: mod.meta.id, clause, heading, section });
        }
      }
    }
    for (const deletion of mod.deletions) touch(deletion.number, { by: mod.meta.id, clause: null, heading: undefined, section: undefined });
    changeLog.push({ modification: mod.meta.id, amended, inserted, deleted: mod.deletions.map((d) => d.number) });
  }

  const clashes: ReleaseClash[] = [];
  const attribution = new Map<string, ReadonlyMap<string, readonly Span[]>>();
  const authors = new Map<string, readonly string[]>();
  const sections = new Map<string, { section: Section; headings: Map<string | null, CrossHeading & { clauses: Clause[] }> }>();
  const deletions: ClauseDeletion[] = [];
  for (const [number, list] of [...touches].sort(([a], [b]) => a.localeCompare(b))) {
    authors.set(number, list.map((t) => t.by));
    const edits: ClauseEdit[] = list.map((t) => ({ by: t.by, clause: t.clause }));
    const merged = list.length === 1 ? { ok: true as const, clause: list[0]!.clause, spans: new Map() } : mergeClause(baseClauses.get(number), edits, options.tokenize);
    if (!merged.ok) {
      clashes.push(...merged.clashes.map((c) => ({ ...c, clause: number })));
      continue;
    }
    if (merged.spans.size > 0) attribution.set(number, merged.spans);
    if (merged.clause === null) {
      deletions.push({ number });
      continue;
    }
    // The merged clause goes under the cross-heading the (first) modification put it under.
    const where = list.find((t) => t.section)!;
    const sectionEntry = sections.get(where.section!.id) ?? { section: where.section!, headings: new Map() };
    sections.set(where.section!.id, sectionEntry);
    const title = where.heading?.title ?? null;
    const heading = sectionEntry.headings.get(title) ?? { ...(where.heading as CrossHeading), clauses: [] };
    heading.clauses.push(merged.clause);
    sectionEntry.headings.set(title, heading);
  }
  if (clashes.length > 0) return { ok: false, clashes };

  const combined: Modification = {
    type: 'modification',
    file: modifications[0]?.file ?? '',
    meta: { ...(modifications[0]?.meta ?? { id: '', title: '', code: base.code, base: base.id, version: '', classification: '', path: '' }), id: modifications.map((m) => m.meta.id).join('+') },
    sections: [...sections.values()].map(({ section, headings }) => ({ ...section, headings: [...headings.values()] })),
    deletions,
    // Two modifications removing one heading's tables remove them once.
    tableDeletions: [...new Map(modifications.flatMap((m) => m.tableDeletions ?? []).map((d) => [d.clause, d])).values()],
  };
  const released = applyModification(base, combined, { as: options.as });
  const ids = modifications.map((m) => m.meta.id).sort();
  const modificationsList = [...base.modifications, ...ids];
  return {
    ok: true,
    version: { ...released, modifications: modificationsList, files: released.files.map((f) => ({ ...f, meta: { ...f.meta, modifications: modificationsList } })) },
    changeLog,
    attribution,
    authors,
  };
}
