/**
 * Makes a .docx byte-for-byte reproducible. The docx package stamps the clock into
 * docProps/core.xml and into every zip entry; this rewrites both with a fixed date and re-zips the
 * entries in a fixed order.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

/** Re-packs `docx` with every date set to `date` (yyyy-mm-dd; zip dates start in 1980). */
export function repackDocx(docx: Uint8Array, date: string): Uint8Array {
  const files = unzipSync(docx);
  const stamp = `${date}T00:00:00Z`;
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = new TextDecoder()
      .decode(core)
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    files['docProps/core.xml'] = new TextEncoder().encode(xml);
  }
  // Zip entries hold a local date and time: midnight of `date` in local time writes the same bytes in every time zone.
  const [year, month, day] = (date < '1980-01-02' ? '1980-01-02' : date).split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day);
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  const zippable: Zippable = {};
  for (const name of names) zippable[name] = [files[name] as Uint8Array, { mtime, level: 6 }];
  return zipSync(zippable);
}
