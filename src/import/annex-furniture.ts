/** What an Annex A says about itself before its legal text: title, legal text version, base version, classification. */
import type { SideParagraph } from './source-paragraph.js';

/** The annex's own statements, where it makes them. */
export interface AnnexFurniture {
  /** "MP087". */
  readonly id?: string;
  /** "Correction to SEC Section G – User Responsibilities". */
  readonly title?: string;
  /** The legal text version: "1.0". */
  readonly version?: string;
  /** The code the annex is drafted against: "SEC". */
  readonly code?: string;
  /** The version it says it is drafted against: "6.17". */
  readonly base?: string;
  /** Where it says so, for a report. */
  readonly basePlace?: SideParagraph;
  /** "White", "Green", "Amber", "Red". */
  readonly classification?: string;
}

const TITLE = /^(MP\d+[A-Z]?)\s*[:–-]?\s*['‘"“](.+)['’"”]$/;
const VERSION = /^legal text\s*[–—-]\s*version\s+(\d+(?:\.\d+)*)$/i;
const BASE = /drafted against (?:the )?([A-Z]{2,}) version (\d+(?:\.\d+)*)/i;
/** "classified as White", "a Classification of Amber": the Panel Information Policy classification a document states. */
export const CLASSIFICATION = /(?:classified as|classification of)\s+(white|green|amber|red)\b/i;

/** Reads the furniture paragraphs (those before the first Section heading); any paragraph may carry the classification. */
export function readFurniture(furniture: readonly SideParagraph[], all: readonly SideParagraph[]): AnnexFurniture {
  let out: { -readonly [K in keyof AnnexFurniture]: AnnexFurniture[K] } = {};
  for (const p of furniture) {
    const title = TITLE.exec(p.text);
    if (title && out.title === undefined) out = { ...out, id: title[1], title: title[2] };
    const version = VERSION.exec(p.text);
    if (version && out.version === undefined) out.version = version[1];
    const base = BASE.exec(p.text);
    if (base && out.base === undefined) out = { ...out, code: (base[1] as string).toUpperCase(), base: base[2], basePlace: p };
  }
  for (const p of all) {
    const classification = CLASSIFICATION.exec(p.text);
    if (classification) {
      const word = classification[1] as string;
      out.classification = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
      break;
    }
  }
  return out;
}
