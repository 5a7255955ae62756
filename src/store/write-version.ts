/** Writes a consolidated version into the store as a folder of canonical Section files, whole or not at all. */
import { basename, dirname, join } from 'node:path';
import type { Version } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';
import { sectionFileToMarkdown } from '../serialize/to-markdown.js';
import { pathInside, realPath } from './path-inside.js';
import { checkStoreName } from './store-name.js';
import { writeOutputs, type OutputFolder } from './write-outputs.js';

/** Options of writeVersion. */
export interface WriteVersionOptions {
  /** Replace a version folder that already exists. */
  readonly force?: boolean;
  /** What the user should do when the version exists, in the command's own words. */
  readonly existsHint?: string;
  /** Where the version's id came from, for a message about a bad name (`--as`, `release <version>`). */
  readonly source?: string;
}

/**
 * The version folder `<root>/<code>/<id>/` as an output of writeOutputs, its names checked (code,
 * id, Section letters) before the path is built.
 */
export function versionOutput(root: string, version: Version, options: WriteVersionOptions = {}): OutputFolder {
  const code = checkStoreName(version.code, 'code');
  const id = checkStoreName(version.id, 'version id', options.source);
  const target = join(root, code, id);
  // Belt and braces: the folder must resolve to one entry of the code's folder, whatever the names held.
  const real = pathInside(target, root, `the store at ${root}`);
  if (dirname(real) !== realPath(join(root, code)) || basename(real) !== id) {
    throw new InputError(undefined, `version folder ${target} does not resolve to a folder of ${join(root, code)}`, 'choose a plain version id, e.g. 6.17.1');
  }
  return {
    kind: 'folder',
    path: target,
    files: version.files.map((file) => [`${checkStoreName(file.section.id, 'Section letter')}.md`, sectionFileToMarkdown(file)] as const),
    within: { folder: root, what: `the store at ${root}` },
    replace: Boolean(options.force),
    exists: () =>
      new InputError(undefined, `version ${version.code} ${version.id} already exists at ${target}`, options.existsHint ?? 'choose another --as, or pass --force to replace it'),
  };
}

/**
 * Writes `version` to `<root>/<code>/<id>/<Section>.md`. The files go to a temp folder first and the
 * folder is renamed into place, so a reader sees the old version or the new one, never half of it.
 * Returns the folder written.
 */
export function writeVersion(root: string, version: Version, options: WriteVersionOptions = {}): string {
  const output = versionOutput(root, version, options);
  writeOutputs([output]);
  return output.path;
}
