/**
 * A publication: a consolidated version laid out as the SEC's own documents are, clean (no marks).
 * Its clauses are change-tree nodes compared with themselves (every node unchanged, every span
 * equal), so that the redline renderers draw it without a fork of their own.
 */
import type { HeadingChange } from './change-tree.js';

/** One Section of a publication. */
export interface PublicationSection {
  readonly type: 'publicationSection';
  /** The Section id: "G". */
  readonly id: string;
  /** The Section title: "Security". */
  readonly title: string;
  /** True when the store holds only part of the Section: the publication says so. */
  readonly extract: boolean;
  /** Where the words come from, when the Section file says (an extract's source especially). */
  readonly source?: string;
  /** Cross-headings and clauses, every node unchanged and every span equal. */
  readonly headings: readonly HeadingChange[];
}

/** A consolidated version (or some of its Sections), ready to render. */
export interface Publication {
  readonly type: 'publication';
  /** Code id: "SEC". */
  readonly code: string;
  /** The version as its files name it: "6.17". */
  readonly version: string;
  /** Panel Information Policy classification, printed in the header and footer: "White". */
  readonly classification: string;
  /** Date the version came into force (yyyy-mm-dd), when the store knows it. */
  readonly effective?: string;
  /** Modifications consolidated into the version. */
  readonly modifications: readonly string[];
  /** The date stamped into files (the effective date, else a fixed one): never the clock. */
  readonly date: string;
  readonly sections: readonly PublicationSection[];
}
