/** Which text was in force on a date: the newest version in force then, plus the modifications implemented on it since. */
import type { Modification, Version } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';
import { applyModification } from './apply-modification.js';
import type { Store } from './store.js';
import { checkStoreName } from './store-name.js';

/** The consolidated text in force on `date` (yyyy-mm-dd), and how it was assembled. */
export interface VersionInForce {
  readonly version: Version;
  /** The stored version it starts from. */
  readonly from: string;
  /** Modifications implemented after that version came into force and on or before the date. */
  readonly applied: readonly string[];
  /** Modifications implemented in the period but drafted against another version (they need a rebase). */
  readonly skipped: readonly string[];
  /** True when the stored version carries no effective date and was taken as in force. */
  readonly undated: boolean;
}

/**
 * A version without an `effective` date is taken as in force from the start, since the store cannot
 * say otherwise; the caller should say so. Modifications drafted against the chosen version and
 * implemented by the date are applied in date order.
 */
export function versionInForce(store: Store, code: string, date: string): VersionInForce {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new InputError(undefined, `'${date}' is not a date`, 'write it as yyyy-mm-dd, e.g. 2019-11-04');
  }
  if (!isCalendarDate(date)) {
    throw new InputError(undefined, `'${date}' is not a day of the calendar`, 'give a real date: months 01-12, days as the month has them');
  }
  checkStoreName(code, 'code', '--code');
  const versions = store.versions
    .filter((entry) => entry.code === code)
    .map((entry) => store.loadVersion(`${entry.code}/${entry.id}`))
    .filter((version) => (version.effective ?? '0000-00-00') <= date);
  const chosen = versions.sort((a, b) => (a.effective ?? '').localeCompare(b.effective ?? '')).at(-1);
  if (!chosen) {
    throw new InputError(undefined, `no version of ${code} was in force on ${date}`, "see 'secdraft list' for the versions and their dates");
  }
  const pending: Modification[] = store.modifications
    .filter((entry) => entry.code === code)
    .map((entry) => store.loadModification(`${entry.code}/${entry.id}`))
    .filter(
      (mod) =>
        mod.meta.implemented !== undefined &&
        mod.meta.implemented <= date &&
        mod.meta.implemented >= (chosen.effective ?? '0000-00-00') &&
        !chosen.modifications.includes(mod.meta.id),
    )
    .sort((a, b) => (a.meta.implemented as string).localeCompare(b.meta.implemented as string) || a.meta.id.localeCompare(b.meta.id));
  let version = chosen;
  const applied: string[] = [];
  const skipped: string[] = [];
  for (const mod of pending) {
    if (mod.meta.base !== chosen.id) {
      skipped.push(mod.meta.id);
      continue;
    }
    version = applyModification(version, mod, { as: `${chosen.id}+${[...applied, mod.meta.id].join('+')}` });
    applied.push(mod.meta.id);
  }
  return { version, from: chosen.id, applied, skipped, undated: chosen.effective === undefined };
}

/** True when yyyy-mm-dd names a real day (not 2019-02-31, not month 13), in the proleptic Gregorian calendar. */
export function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}
