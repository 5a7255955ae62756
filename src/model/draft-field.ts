/** Drafts: a modification whose path or implementation date is not yet known. */
import type { ModificationMeta } from './clause-tree.js';

/**
 * The first front-matter field a modification still lacks to be released (`path`, then
 * `implemented`), or undefined when it has both. A modification lacking one is a draft: it can be
 * shown, annexed and checked, but not consolidated into a release.
 */
export function draftField(meta: ModificationMeta): 'path' | 'implemented' | undefined {
  if (meta.path === undefined) return 'path';
  if (meta.implemented === undefined) return 'implemented';
  return undefined;
}
