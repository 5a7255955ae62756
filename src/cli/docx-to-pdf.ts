/**
 * Word -> PDF through LibreOffice (`soffice --headless --convert-to pdf`): the PDF is the Word
 * output as a word processor prints it, fonts embedded, marks and all. One soffice call converts
 * every file (its start-up is most of the cost), in a temp folder that is removed afterwards, with
 * a private user profile there so that an open LibreOffice or an earlier run cannot interfere.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../model/input-error.js';
import { SystemFailure } from './system-failure.js';

/** The Debian packages that give soffice and the fonts the Word output names (Arial -> Liberation Sans). */
export const PDF_PACKAGES = 'libreoffice-writer-nogui fonts-liberation2 fonts-crosextra-carlito';

/** One Word document to convert; `name` is its file name without extension. */
export interface PdfInput {
  readonly name: string;
  readonly docx: Uint8Array;
}

/** The soffice executable on `env`'s PATH, or undefined. */
export function findSoffice(env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/**
 * Converts each Word document to PDF, in order. Refuses (InputError, exit 2) when LibreOffice is
 * not installed, naming the packages; a conversion that fails or times out is a SystemFailure.
 */
export function docxToPdf(inputs: readonly PdfInput[], env: Readonly<Record<string, string | undefined>>): Uint8Array[] {
  const soffice = findSoffice(env);
  if (soffice === undefined) {
    throw new InputError(undefined, '--format pdf needs LibreOffice, which is not installed (no soffice on the PATH)', `install it: apt-get install --no-install-recommends ${PDF_PACKAGES}`);
  }
  if (inputs.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'secdraft-pdf-'));
  try {
    const inDir = join(dir, 'in');
    mkdirSync(inDir);
    const files = inputs.map((input) => {
      const file = join(inDir, `${input.name}.docx`);
      writeFileSync(file, input.docx);
      return file;
    });
    const result = spawnSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', join(dir, 'out'), ...files], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      timeout: 600_000,
      // LibreOffice needs a HOME it can write; the private profile is what keeps runs apart.
      env: { ...env, HOME: env.HOME ?? dir },
    });
    if (result.error || result.status !== 0) {
      const why = result.error ? result.error.message : `exit ${result.status}${result.stderr ? `: ${result.stderr.trim().split('\n')[0]}` : ''}`;
      throw new SystemFailure(`LibreOffice could not convert to PDF (${why})`);
    }
    return inputs.map((input) => {
      try {
        return readFileSync(join(dir, 'out', `${input.name}.pdf`));
      } catch {
        throw new SystemFailure(`LibreOffice wrote no PDF for ${input.name}.docx (${result.stderr?.trim().split('\n')[0] || 'no message'})`);
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
