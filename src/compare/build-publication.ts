/** A consolidated version -> the publication of some or all of its Sections, every clause unchanged. */
import type { Version } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';
import type { Publication, PublicationSection } from '../model/publication.js';
import { compareSections } from './compare-trees.js';

/** Options of buildPublication. */
export interface BuildPublicationOptions {
  /** Section ids to publish, in the version's order whatever order they are given in (default: all). */
  readonly sections?: readonly string[];
  /** The classification, overriding the Section files' `classification:`. */
  readonly classification?: string;
}

/**
 * The publication of `version`. The classification comes from the Section files' front matter
 * (or the option): a document is not published without one, and Sections that disagree are refused.
 *
 * @example
 * const publication = buildPublication(store.loadVersion('6.17'), { sections: ['G'] });
 */
export function buildPublication(version: Version, options: BuildPublicationOptions = {}): Publication {
  const wanted = options.sections;
  for (const id of wanted ?? []) {
    if (!version.files.some((f) => f.section.id === id)) {
      throw new InputError(undefined, `version ${version.code} ${version.id} holds no Section ${id}`, `choose from ${version.files.map((f) => f.section.id).join(', ') || 'none'}`);
    }
  }
  const files = version.files.filter((f) => wanted === undefined || wanted.includes(f.section.id));
  if (files.length === 0) throw new InputError(undefined, `version ${version.code} ${version.id} holds no Section to publish`, 'add Section files to the version');
  let classification = options.classification;
  if (classification === undefined) {
    const stated = files.filter((f) => f.meta.classification !== undefined);
    const values = [...new Set(stated.map((f) => f.meta.classification))];
    if (values.length > 1) {
      throw new InputError({ file: stated[1]!.file, line: 1, column: 1 }, `Sections of one publication are classified differently (${values.join(', ')})`, 'publish them apart with --section, or make classification: agree');
    }
    classification = values[0];
  }
  if (classification === undefined) {
    throw new InputError({ file: files[0]!.file, line: 1, column: 1 }, `version ${version.code} ${version.id} states no classification`, 'add classification: White (or Green, Amber, Red) to the front matter of its Section files, or pass --classification');
  }
  const sections: PublicationSection[] = files.map((file) => ({
    type: 'publicationSection',
    id: file.section.id,
    title: file.section.title,
    extract: file.meta.extract,
    ...(file.meta.source !== undefined ? { source: file.meta.source } : {}),
    // A Section compared with itself: every clause unchanged, its blocks built only when drawn.
    headings: compareSections(file.section, file.section).headings,
  }));
  return {
    type: 'publication',
    code: version.code,
    version: files[0]!.meta.version,
    classification,
    ...(version.effective !== undefined ? { effective: version.effective } : {}),
    modifications: version.modifications,
    date: version.effective ?? '1980-01-02',
    sections,
  };
}
