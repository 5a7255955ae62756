/**
 * A licence from /usr/share/common-licenses as a one-Section version, for the consumer tests' real
 * pairs (MPL-1.1 -> MPL-2.0, GPL-2 -> GPL-3): converted by the same converter as the checker's
 * real-text suite (test/real-text/convert-licence.ts), then read by the real parser.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Version } from '../../src/model/clause-tree.js';
import { parseSectionFile } from '../../src/parse/section-file.js';
import { convertLicence } from '../real-text/convert-licence.js';

/** The licence at `path` as a one-Section version `version`. */
export function licenceVersion(path: string, version: string): Version {
  const code = 'LICENCE';
  const markdown = convertLicence(readFileSync(path, 'utf8'), { code, version, title: basename(path), source: path });
  const file = parseSectionFile(markdown, `${basename(path)}.md`);
  return { type: 'version', code, id: version, extract: false, modifications: [], files: [file] };
}
