/**
 * Zip parts of an Office document, through fflate. Each part is read into a buffer of the size the
 * zip's directory declares, and a part declared larger than the cap is refused unread: a zip bomb
 * can neither declare its way past the cap nor write beyond what it declared.
 */
import { unzipSync } from 'fflate';
import { InputError } from '../model/input-error.js';

/** Bytes read from any one part at most, by default: 256 MiB. */
export const PART_CAP = 256 * 1024 * 1024;

/** The zip's part names, and a reader of one part as text. */
export interface ZipParts {
  readonly names: ReadonlySet<string>;
  /** The part as UTF-8 text, or undefined when the zip lacks it. */
  read(name: string): string | undefined;
}

/** Opens the zip `bytes` (from `file`), reading the parts `wanted` says it needs. */
export function readZip(bytes: Uint8Array, file: string, wanted: (name: string) => boolean, cap = PART_CAP): ZipParts {
  const names = new Set<string>();
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter(entry) {
        names.add(entry.name);
        if (!wanted(entry.name)) return false;
        if (entry.originalSize > cap) {
          throw new InputError({ file, line: 1, column: 1 }, `part ${entry.name} unpacks to ${Math.round(entry.originalSize / 1048576)} MiB, more than the ${Math.round(cap / 1048576)} MiB secdraft reads from one part (a zip bomb?)`, 'give the document as Word saved it');
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError({ file, line: 1, column: 1 }, 'not a readable zip: truncated or damaged', 'copy the .docx again, whole, or save it again from Word');
  }
  const decoder = new TextDecoder('utf-8');
  return {
    names,
    read(name) {
      const part = parts[name];
      return part === undefined ? undefined : decoder.decode(part);
    },
  };
}
