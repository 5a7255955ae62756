/** docxToPdf's edges without a real LibreOffice: none on the PATH (exit 2, the packages named), and one that fails (exit 3, one line). */
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { findSoffice } from '../../src/cli/docx-to-pdf.js';

async function cli(env: Record<string, string>, ...argv: string[]) {
  let [stdout, stderr] = ['', ''];
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, isTTY: false, stderrIsTTY: false });
  return { code, stdout, stderr };
}

const PACKAGES = '(install it: apt-get install --no-install-recommends libreoffice-writer-nogui fonts-liberation2 fonts-crosextra-carlito)';

/** A folder holding an executable `soffice` that prints to stderr and exits 1. */
function brokenSoffice(): string {
  const dir = mkdtempSync(join(tmpdir(), 'secdraft-fake-soffice-'));
  writeFileSync(join(dir, 'soffice'), '#!/bin/sh\necho "javaldx: could not find a Java Runtime" >&2\nexit 1\n');
  chmodSync(join(dir, 'soffice'), 0o755);
  return dir;
}

describe('--format pdf without a working LibreOffice', () => {
  it('finds soffice on the PATH it is given, and only there', () => {
    const dir = brokenSoffice();
    expect(findSoffice({ PATH: `/nonexistent:${dir}` })).toBe(join(dir, 'soffice'));
    expect(findSoffice({ PATH: '/nonexistent' })).toBeUndefined();
    expect(findSoffice({})).toBeUndefined();
  });

  it('annex and diff refuse in one line naming the packages, exit 2, writing nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'secdraft-nopdf-')), 'never');
    const annex = await cli({ PATH: '/nonexistent' }, 'annex', 'MP087', '--format', 'md,pdf', '--out', out);
    expect(annex).toEqual({ code: 2, stdout: '', stderr: `--format pdf needs LibreOffice, which is not installed (no soffice on the PATH) ${PACKAGES}\n` });
    const diff = await cli({ PATH: '/nonexistent' }, 'diff', '6.17', 'MP087', '--format', 'pdf', '--out', join(out, 'diff.pdf'));
    expect(diff.code).toBe(2);
    expect(diff.stderr).toContain(PACKAGES);
    expect(existsSync(out)).toBe(false);
  });

  it('diff --format pdf needs --out', async () => {
    expect(await cli({ PATH: '/nonexistent' }, 'diff', '6.17', 'MP087', '--format', 'pdf')).toEqual({ code: 2, stdout: '', stderr: 'secdraft: --format pdf needs --out <file or folder> (PDF files do not go to a terminal)\n' });
  });

  it('a LibreOffice that fails is exit 3 and one line with its first words, nothing written', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'secdraft-badpdf-')), 'never');
    const result = await cli({ PATH: brokenSoffice() }, 'publish', '6.17', '--format', 'md,pdf', '--out', out);
    expect(result).toEqual({ code: 3, stdout: '', stderr: 'secdraft: LibreOffice could not convert to PDF (exit 1: javaldx: could not find a Java Runtime)\n' });
    expect(existsSync(out)).toBe(false);
  });
});
