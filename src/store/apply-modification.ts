/** Consolidates a modification into its base version: its clauses replace, insert or delete, nothing else moves. */
import { filesHolding } from '../model/address.js';
import { compareClauseNumbers } from '../model/clause-number.js';
import type { Clause, CrossHeading, Modification, Section, SectionFile, SourcePosition, Version } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';

/** What to call the consolidated version. */
export interface ApplyModificationOptions {
  /** The new version's id; by default `<base>+<modification>`. */
  readonly as?: string;
}

/**
 * Applies `modification` to `base`. An amended clause takes the place of the clause with its number
 * (and its cross-heading's words, if the modification reworded them); an inserted clause goes under
 * its cross-heading in number order; a deleted clause goes, and a cross-heading left empty with it.
 */
export function applyModification(base: Version, modification: Modification, options: ApplyModificationOptions = {}): Version {
  const files = new Map<string, SectionFile>(base.files.map((file) => [file.section.id, file]));
  // Tables go first, so that tables the modification restates under the same heading replace them.
  for (const deletion of modification.tableDeletions ?? []) {
    const where = deletion.position ?? { file: modification.file, line: 1, column: 1 };
    const entry = holder(files, deletion.clause, deletion.document, where, modification, base);
    if (!entry) {
      throw new InputError(where, `${modification.meta.id} deletes the tables under ${deletion.clause}, which version ${base.id} does not hold`, `name a clause under the heading whose tables go, or check the base version`);
    }
    const at = entry.section.headings.findIndex((h) => h.clauses.some((c) => c.number === deletion.clause));
    const heading = entry.section.headings[at]!;
    if (!heading.tables?.length) {
      throw new InputError(where, `${modification.meta.id} deletes the tables under ${deletion.clause}, but its heading holds no table in version ${base.id}`, `remove "tables under ${deletion.clause}" from delete:`);
    }
    const { tables: _gone, ...bare } = heading;
    const headings = entry.section.headings.map((h, i) => (i === at ? bare : h));
    files.set(entry.section.id, { ...entry, section: { ...entry.section, headings } });
  }
  for (const section of modification.sections) {
    const file = files.get(section.id);
    if (!file) {
      const template = base.files[0];
      files.set(section.id, {
        type: 'sectionFile',
        file: modification.file,
        meta: { code: base.code, version: options.as ?? base.id, extract: template?.meta.extract ?? false },
        section,
      });
      continue;
    }
    files.set(section.id, { ...file, section: mergeSection(file.section, section) });
  }
  for (const deletion of modification.deletions) {
    const where = deletion.position ?? { file: modification.file, line: 1, column: 1 };
    const entry = holder(files, deletion.number, deletion.document, where, modification, base);
    if (!entry) {
      throw new InputError(where, `${modification.meta.id} deletes ${deletion.number}, which version ${base.id} does not hold`, `remove ${deletion.number} from delete:, or check the base version`);
    }
    const headings = entry.section.headings
      .map((h) => ({ ...h, clauses: h.clauses.filter((c) => c.number !== deletion.number) }))
      .filter((h) => h.clauses.length > 0);
    files.set(entry.section.id, { ...entry, section: { ...entry.section, headings } });
  }
  const id = options.as ?? `${base.id}+${modification.meta.id}`;
  const modifications = [...base.modifications, modification.meta.id];
  return {
    ...base,
    id,
    modifications,
    files: [...files.values()]
      .sort((a, b) => compareClauseNumbers(a.section.id, b.section.id))
      .map((file) => ({ ...file, meta: { ...file.meta, version: id, modifications } })),
  };
}

/**
 * The Section file holding clause `number` (in `document` when named). Appendices numbered locally
 * can share a number: an entry that does not say which is refused rather than applied to the first.
 */
function holder(files: ReadonlyMap<string, SectionFile>, number: string, document: string | undefined, where: SourcePosition, modification: Modification, base: Version): SectionFile | undefined {
  const holding = filesHolding([...files.values()], number, document);
  if (holding.length > 1) {
    const named = holding.map((file) => `${file.section.id}:${number}`);
    throw new InputError(where, `${modification.meta.id} names ${number}, which Sections ${holding.map((f) => f.section.id).join(', ')} of version ${base.id} each hold`, `name the Section in delete:, e.g. ${named[0]}`);
  }
  return holding[0];
}

function mergeSection(base: Section, change: Section): Section {
  let headings: CrossHeading[] = base.headings.map((h) => ({ ...h, clauses: [...h.clauses] }));
  for (const changeHeading of change.headings) {
    // A restated heading whose clauses are all new is found by its words, so that its tables still apply.
    const target = changeHeading.clauses.some((clause) => headings.some((h) => h.clauses.some((c) => c.number === clause.number)))
      ? -1
      : changeHeading.title === null ? -1 : headings.findIndex((h) => h.title === changeHeading.title);
    if (target >= 0 && changeHeading.tables) headings[target] = { ...headings[target]!, tables: changeHeading.tables };
    for (const clause of changeHeading.clauses) {
      const at = headings.findIndex((h) => h.clauses.some((c) => c.number === clause.number));
      if (at >= 0) {
        const heading = headings[at] as CrossHeading;
        headings[at] = {
          ...heading,
          title: changeHeading.title ?? heading.title,
          // Tables under the modification's cross-heading replace the base heading's, as its words do.
          ...(changeHeading.tables ? { tables: changeHeading.tables } : {}),
          clauses: heading.clauses.map((c) => (c.number === clause.number ? clause : c)),
        };
      } else {
        headings = insertClause(headings, changeHeading, clause);
      }
    }
  }
  return { ...base, title: change.title, headings };
}

function insertClause(headings: CrossHeading[], under: CrossHeading, clause: Clause): CrossHeading[] {
  // A clause the modification gives no cross-heading joins the heading of the clause before it.
  const before = (): number => {
    let at = headings.length > 0 ? 0 : -1;
    headings.forEach((h, i) => {
      if (h.clauses.some((c) => compareClauseNumbers(c.number, clause.number) < 0)) at = i;
    });
    return at;
  };
  const byTitle = under.title === null ? before() : headings.findIndex((h) => h.title === under.title);
  if (byTitle >= 0) {
    const heading = headings[byTitle] as CrossHeading;
    const clauses = [...heading.clauses, clause].sort((a, b) => compareClauseNumbers(a.number, b.number));
    return headings.map((h, i) => (i === byTitle ? { ...heading, clauses } : h));
  }
  // A new cross-heading goes after the heading holding the nearest lower clause number.
  let after = -1;
  headings.forEach((h, i) => {
    if (h.clauses.some((c) => compareClauseNumbers(c.number, clause.number) < 0)) after = i;
  });
  const added: CrossHeading = { ...under, clauses: [clause] };
  return [...headings.slice(0, after + 1), added, ...headings.slice(after + 1)];
}
