/**
 * The real texts the checker's precision is measured on: licences every Debian machine has in
 * /usr/share/common-licenses, converted to clause Markdown at test time, and the seed's SEC text.
 * GFDL* and LGPL* are held out (they judge the tool later): never add them here.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkVersion } from '../../src/check/check-version.js';
import type { Version } from '../../src/model/clause-tree.js';
import type { Finding } from '../../src/model/finding.js';
import { loadSide } from '../../src/store/load-side.js';
import { openStore } from '../../src/store/store.js';
import { convertLicence } from './convert-licence.js';

export const LICENCES_DIR = '/usr/share/common-licenses';

/** A licence file and what its converted Section file is called. */
export interface RealLicence {
  readonly file: string;
  readonly code: string;
  readonly version: string;
  readonly title: string;
}

export const LICENCES: readonly RealLicence[] = [
  { file: 'GPL-1', code: 'GPL', version: '1', title: 'GNU General Public License' },
  { file: 'GPL-2', code: 'GPL', version: '2', title: 'GNU General Public License' },
  { file: 'GPL-3', code: 'GPL', version: '3', title: 'GNU General Public License' },
  { file: 'MPL-1.1', code: 'MPL', version: '1.1', title: 'Mozilla Public License' },
  { file: 'MPL-2.0', code: 'MPL', version: '2.0', title: 'Mozilla Public License' },
  { file: 'Apache-2.0', code: 'APACHE', version: '2.0', title: 'Apache License' },
  // Its definitions stand before section 1, where the conversion starts: checked without them.
  { file: 'Artistic', code: 'ARTISTIC', version: '1', title: 'The Artistic License' },
  { file: 'CC0-1.0', code: 'CC0', version: '1.0', title: 'Creative Commons Legal Code' },
];

/** The pairs whose redlines are measured: an older and a newer version of one licence. */
export const PAIRS: ReadonlyArray<readonly [string, string]> = [['GPL-1', 'GPL-2'], ['GPL-2', 'GPL-3'], ['MPL-1.1', 'MPL-2.0']];

/** True when the licences are on this machine (Debian's base-files ships them). */
export function haveLicences(): boolean {
  return LICENCES.every((l) => existsSync(join(LICENCES_DIR, l.file)));
}

/** Converts every licence into `dir/<file>/<code>.md` and loads each as a version, by file name. */
export function loadLicences(dir: string): Map<string, Version> {
  const versions = new Map<string, Version>();
  const store = () => openStore('clauses');
  for (const licence of LICENCES) {
    const folder = join(dir, licence.file);
    mkdirSync(folder, { recursive: true });
    const text = readFileSync(join(LICENCES_DIR, licence.file), 'utf8');
    writeFileSync(join(folder, `${licence.code}.md`), convertLicence(text, { ...licence, source: join(LICENCES_DIR, licence.file) }));
    versions.set(licence.file, loadSide(store, folder));
  }
  return versions;
}

/** The seed's SEC text: version 6.17 (the G3.17–G3.21 extract) and 6.17 as MP087 leaves it. */
export function loadSeed(): Map<string, Version> {
  const store = openStore('clauses');
  return new Map([
    ['SEC 6.17', store.resolve({ at: 'SEC/6.17' })],
    ['SEC 6.17+MP087', store.resolve({ mod: 'MP087' })],
  ]);
}

/** A finding as the expectations file names it. */
export interface ExpectedFinding {
  readonly rule: string;
  readonly messageId: string;
  readonly address: string;
  readonly data: Readonly<Record<string, string>>;
  /** True when a reviewer would act on it. */
  readonly useful: boolean;
  readonly why: string;
}

/** The key a finding is matched by: rule, message, address and data, never a line number. */
export function keyOf(f: { rule: string; messageId: string; address: string; data: Readonly<Record<string, string>> }): string {
  return `${f.rule} ${f.messageId} ${f.address} ${JSON.stringify(f.data)}`;
}

/** A version's warnings and errors (infos are not findings a reviewer must act on), keyed. */
export function judgedFindings(version: Version): Array<Finding & { key: string }> {
  return checkVersion(version)
    .filter((f) => f.severity !== 'info')
    .map((f) => ({ ...f, key: keyOf({ rule: f.ruleId, messageId: f.messageId, address: f.address, data: f.data }) }));
}
