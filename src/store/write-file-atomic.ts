/** Rewrites one file in place, whole or not at all (fmt --write, rebase): writeOutputs' policy for clause text. */
import { dirname } from 'node:path';
import { writeOutputs } from './write-outputs.js';

/**
 * Writes `data` to `path` through a temp file in the same folder, so a reader never sees half a
 * file. A symlink is written through to its target; the file keeps its mode (and owner, as root);
 * a path that is not a regular file is refused.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeOutputs([{ kind: 'file', path, data, within: { folder: dirname(path), what: dirname(path) }, replace: true, rewrite: true }]);
}
