/**
 * Word's automatic numbering, computed as Word computes it: numbering.xml's abstract numberings
 * (levels with a start, a number format, level text with %1…%9 placeholders, restarts) and their
 * instances (w:num, with w:lvlOverride's startOverride or replacement levels); instances of one
 * abstract numbering continue one list, an instance with a start override restarts it where first used.
 */
import { toLetter, toRoman } from './paragraph-label.js';
import { child, childrenNamed, type XmlElement } from './parse-xml.js';
import type { NumberingRef, SideParagraph } from './source-paragraph.js';

/** One level of a list. */
export interface NumberingLevel {
  readonly start: number;
  /** w:numFmt: decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none, decimalZero … */
  readonly format: string;
  /** w:lvlText: "G%1.%2", "(%3)". */
  readonly text: string;
  /** w:lvlRestart: restart after a level up to this one (1-based) is used; 0 never. Absent: after any higher level. */
  readonly restart?: number;
  /** w:isLgl: every placeholder printed as decimal. */
  readonly legal?: boolean;
  /** The paragraph style tied to this level (w:pStyle): paragraphs of that style take this level. */
  readonly style?: string;
  /** Left indent of the level's words (w:pPr/w:ind), twips. */
  readonly indent?: number;
}

/** numbering.xml, read. */
export interface NumberingDefinitions {
  readonly abstracts: ReadonlyMap<string, { readonly levels: ReadonlyMap<number, NumberingLevel>; readonly styleLink?: string; readonly numStyleLink?: string }>;
  readonly nums: ReadonlyMap<string, { readonly abstractId: string; readonly starts: ReadonlyMap<number, number>; readonly levels: ReadonlyMap<number, NumberingLevel> }>;
}

const val = (element: XmlElement | undefined): string | undefined => element?.attrs['w:val'];

/** Twips of a w:ind's left (or start) edge. */
export function indentOf(ind: XmlElement | undefined): number | undefined {
  const left = ind?.attrs['w:left'] ?? ind?.attrs['w:start'];
  return left === undefined ? undefined : Number(left);
}

function readLevel(lvl: XmlElement): [number, NumberingLevel] {
  const restart = val(child(lvl, 'w:lvlRestart'));
  const legal = child(lvl, 'w:isLgl');
  const style = val(child(lvl, 'w:pStyle'));
  const indent = indentOf(child(child(lvl, 'w:pPr'), 'w:ind'));
  return [
    Number(lvl.attrs['w:ilvl'] ?? 0),
    {
      start: Number(val(child(lvl, 'w:start')) ?? 0),
      format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
      text: val(child(lvl, 'w:lvlText')) ?? '',
      ...(restart !== undefined ? { restart: Number(restart) } : {}),
      ...(legal && val(legal) !== '0' && val(legal) !== 'false' ? { legal: true } : {}),
      ...(style !== undefined ? { style } : {}),
      ...(indent !== undefined ? { indent } : {}),
    },
  ];
}

/** Reads numbering.xml. */
export function readNumbering(root: XmlElement | undefined): NumberingDefinitions {
  const abstracts = new Map<string, { levels: Map<number, NumberingLevel>; styleLink?: string; numStyleLink?: string }>();
  const nums = new Map<string, { abstractId: string; starts: Map<number, number>; levels: Map<number, NumberingLevel> }>();
  if (!root) return { abstracts, nums };
  for (const abstract of childrenNamed(root, 'w:abstractNum')) {
    const styleLink = val(child(abstract, 'w:styleLink'));
    const numStyleLink = val(child(abstract, 'w:numStyleLink'));
    abstracts.set(abstract.attrs['w:abstractNumId'] ?? '', {
      levels: new Map(childrenNamed(abstract, 'w:lvl').map(readLevel)),
      ...(styleLink !== undefined ? { styleLink } : {}),
      ...(numStyleLink !== undefined ? { numStyleLink } : {}),
    });
  }
  for (const num of childrenNamed(root, 'w:num')) {
    const starts = new Map<number, number>();
    const levels = new Map<number, NumberingLevel>();
    for (const override of childrenNamed(num, 'w:lvlOverride')) {
      const ilvl = Number(override.attrs['w:ilvl'] ?? 0);
      const start = val(child(override, 'w:startOverride'));
      if (start !== undefined) starts.set(ilvl, Number(start));
      const lvl = child(override, 'w:lvl');
      if (lvl) levels.set(ilvl, readLevel(lvl)[1]);
    }
    nums.set(num.attrs['w:numId'] ?? '', { abstractId: val(child(num, 'w:abstractNumId')) ?? '', starts, levels });
  }
  return { abstracts, nums };
}

/** n in a Word number format. Formats secdraft does not know print as decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return toLetter(n);
    case 'upperLetter':
      return toLetter(n).toUpperCase();
    case 'lowerRoman':
      return toRoman(n);
    case 'upperRoman':
      return toRoman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** How a paragraph's numbering is found: its own w:numPr, else its style's (through basedOn). */
export type NumberingOf = (paragraph: SideParagraph) => NumberingRef | undefined;

/**
 * Gives each paragraph the number Word prints before it, and its list level. Paragraphs are the
 * ones one side of the document holds, in order: numbers count only the paragraphs that side has.
 */
export function numberParagraphs(paragraphs: readonly SideParagraph[], definitions: NumberingDefinitions, numberingOf: NumberingOf, numStyle: (styleId: string) => string | undefined): SideParagraph[] {
  const counters = new Map<string, Array<number | undefined>>();
  const used = new Set<string>();
  const abstractOf = (abstractId: string, depth = 0): string => {
    const link = definitions.abstracts.get(abstractId)?.numStyleLink;
    if (!link || depth > 4) return abstractId;
    const numId = numStyle(link);
    const target = numId === undefined ? undefined : definitions.nums.get(numId)?.abstractId;
    return target === undefined || target === abstractId ? abstractId : abstractOf(target, depth + 1);
  };
  return paragraphs.map((paragraph) => {
    const ref = numberingOf(paragraph);
    if (!ref || ref.numId === '0') return paragraph;
    const num = definitions.nums.get(ref.numId);
    if (!num) return paragraph;
    const abstractId = abstractOf(num.abstractId);
    const abstract = definitions.abstracts.get(abstractId);
    const levelOf = (l: number): NumberingLevel | undefined => num.levels.get(l) ?? abstract?.levels.get(l);
    const level = levelOf(ref.level);
    if (!level) return paragraph;
    let count = counters.get(abstractId);
    if (!count) counters.set(abstractId, (count = []));
    if (!used.has(ref.numId)) {
      // An instance with start overrides restarts its levels where it is first used.
      used.add(ref.numId);
      for (const [l, start] of num.starts) count[l] = start - 1;
    }
    count[ref.level] = count[ref.level] === undefined ? level.start : count[ref.level]! + 1;
    for (let l = ref.level + 1; l < 9; l++) {
      const restart = levelOf(l)?.restart;
      if (restart === undefined ? true : ref.level < restart) count[l] = undefined;
    }
    if (level.format === 'bullet') return { ...paragraph, level: ref.level };
    const number = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const n = count![l] ?? levelOf(l)?.start ?? 0;
      const format = level.legal ? 'decimal' : (levelOf(l)?.format ?? 'decimal');
      return formatNumber(n, format);
    });
    return { ...paragraph, number: number.trim(), level: ref.level };
  });
}
