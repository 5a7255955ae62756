/** styles.xml, read for what import needs: each paragraph style's name, parent, numbering and indent. */
import { child, childrenNamed, type XmlElement } from './parse-xml.js';
import type { NumberingRef, ParagraphHint } from './source-paragraph.js';
import { indentOf } from './word-numbering.js';

/** A paragraph style. */
export interface WordStyle {
  readonly id: string;
  readonly name: string;
  readonly basedOn?: string;
  /** w:pPr/w:numPr: numbering the style brings (level 0 unless it says). */
  readonly numbering?: { readonly numId?: string; readonly level?: number };
  readonly indent?: number;
  readonly outline?: number;
}

/** The styles, and lookups that follow basedOn. */
export interface WordStyles {
  readonly byId: ReadonlyMap<string, WordStyle>;
  /** The default paragraph style's id. */
  readonly defaultId?: string;
  /** The numbering a style brings, through its parents. */
  numberingOf(styleId: string | undefined): NumberingRef | undefined;
  /** The left indent a style gives, through its parents. */
  indentOf(styleId: string | undefined): number | undefined;
  /** What a style says a paragraph is, from its name (and outline level). */
  hintOf(styleId: string | undefined, outline: number | undefined): ParagraphHint;
}

/** Reads styles.xml (absent: no styles). */
export function readStyles(root: XmlElement | undefined): WordStyles {
  const byId = new Map<string, WordStyle>();
  let defaultId: string | undefined;
  for (const style of root ? childrenNamed(root, 'w:style') : []) {
    if (style.attrs['w:type'] !== 'paragraph' && style.attrs['w:type'] !== 'numbering') continue;
    const id = style.attrs['w:styleId'] ?? '';
    const pPr = child(style, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const numId = child(numPr, 'w:numId')?.attrs['w:val'];
    const ilvl = child(numPr, 'w:ilvl')?.attrs['w:val'];
    const indent = indentOf(child(pPr, 'w:ind'));
    const outline = child(pPr, 'w:outlineLvl')?.attrs['w:val'];
    const basedOn = child(style, 'w:basedOn')?.attrs['w:val'];
    byId.set(id, {
      id,
      name: child(style, 'w:name')?.attrs['w:val'] ?? id,
      ...(basedOn !== undefined ? { basedOn } : {}),
      ...(numPr ? { numbering: { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { level: Number(ilvl) } : {}) } } : {}),
      ...(indent !== undefined ? { indent } : {}),
      ...(outline !== undefined ? { outline: Number(outline) } : {}),
    });
    if (style.attrs['w:default'] === '1' && style.attrs['w:type'] === 'paragraph') defaultId = id;
  }
  const chain = (id: string | undefined): WordStyle[] => {
    const out: WordStyle[] = [];
    for (let s = byId.get(id ?? defaultId ?? ''); s && out.length < 20; s = s.basedOn ? byId.get(s.basedOn) : undefined) out.push(s);
    return out;
  };
  return {
    byId,
    ...(defaultId !== undefined ? { defaultId } : {}),
    numberingOf(id) {
      const styles = chain(id);
      const numId = styles.find((s) => s.numbering?.numId !== undefined)?.numbering?.numId;
      if (numId === undefined) return undefined;
      return { numId, level: styles.find((s) => s.numbering?.level !== undefined)?.numbering?.level ?? 0 };
    },
    indentOf(id) {
      return chain(id).find((s) => s.indent !== undefined)?.indent;
    },
    hintOf(id, outline) {
      const styles = chain(id);
      const name = (styles[0]?.name ?? '').toLowerCase();
      const level = outline ?? styles.find((s) => s.outline !== undefined)?.outline;
      if (/subtitle|^title$|sec title/.test(name)) return 'furniture';
      if (/instruction/.test(name)) return 'instruction';
      if (/cross-?heading/.test(name)) return 'crossHeading';
      const heading = /^heading\s*(\d)$/.exec(name);
      if (heading) return heading[1] === '1' ? 'heading' : 'crossHeading';
      if (/heading/.test(name)) return 'heading';
      if (level !== undefined && level < 9) return level === 0 ? 'heading' : 'crossHeading';
      return 'body';
    },
  };
}
