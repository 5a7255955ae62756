/**
 * Reads what a PDF draws where, with poppler's own tools: each word's box (`pdftotext -bbox-layout`)
 * and a page's pixels (`pdftoppm`, as a PPM that needs no image library), so that a test can look
 * for the coloured line under or through a word.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A word on a page, in PDF points from the page's top left. */
export interface WordBox {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word of `pdf` with its page (from 1) and box. */
export function wordBoxes(pdf: string): WordBox[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  const boxes: WordBox[] = [];
  html.split(/<page\b/).slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      boxes.push({ page: i + 1, text: m[5]!.replace(/&amp;/g, '&'), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
    }
  });
  return boxes;
}

/** A page as RGB pixels. */
export interface PageImage {
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  /** Row-major RGB bytes. */
  readonly rgb: Uint8Array;
}

/** Renders one page of `pdf` at `dpi`. */
export function pageImage(pdf: string, page: number, dpi: number): PageImage {
  const prefix = join(mkdtempSync(join(tmpdir(), 'secdraft-ppm-')), 'page');
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  const ppm = readFileSync(`${prefix}.ppm`);
  // P6 header: magic, width, height, maxval, each followed by white space.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote no binary PPM');
  return { width: Number(header[1]), height: Number(header[2]), dpi, rgb: ppm.subarray(header[0].length) };
}

/** Blue of an insertion, red of a deletion: the hue, anti-aliased edges included. */
export type Ink = 'blue' | 'red';

function inked(r: number, g: number, b: number, ink: Ink): boolean {
  return ink === 'blue' ? b - r > 40 && b - g > 20 : r - g > 60 && r - b > 40;
}

/**
 * The rows across `box` (and a little below it, where an underline may fall) in which `ink`
 * covers at least 90% of the word's width: a drawn line, which glyphs alone never make. Each row
 * is given as its height within the box, 0 at the top and 1 at the bottom.
 */
export function inkLines(image: PageImage, box: WordBox, ink: Ink): number[] {
  const scale = image.dpi / 72;
  const [x0, x1] = [Math.ceil(box.xMin * scale) + 1, Math.floor(box.xMax * scale) - 1];
  const [y0, y1] = [Math.floor(box.yMin * scale), Math.ceil((box.yMax + 3) * scale)];
  const rows: number[] = [];
  for (let y = y0; y <= y1 && y < image.height; y++) {
    let count = 0;
    for (let x = x0; x <= x1; x++) {
      const i = (y * image.width + x) * 3;
      if (inked(image.rgb[i]!, image.rgb[i + 1]!, image.rgb[i + 2]!, ink)) count++;
    }
    if (count >= 0.9 * (x1 - x0 + 1)) rows.push((y / scale - box.yMin) / (box.yMax - box.yMin));
  }
  return rows;
}

/**
 * How many pixels of `ink` lie in `box` at all. The box's top fifth is left out: poppler's boxes
 * are as tall as the line spacing, so the descenders of the line above reach into it.
 */
export function inkPixels(image: PageImage, box: WordBox, ink: Ink): number {
  const scale = image.dpi / 72;
  let count = 0;
  for (let y = Math.floor((box.yMin + 0.2 * (box.yMax - box.yMin)) * scale); y <= Math.ceil((box.yMax + 3) * scale); y++) {
    for (let x = Math.floor(box.xMin * scale); x <= Math.ceil(box.xMax * scale); x++) {
      const i = (y * image.width + x) * 3;
      if (inked(image.rgb[i]!, image.rgb[i + 1]!, image.rgb[i + 2]!, ink)) count++;
    }
  }
  return count;
}
