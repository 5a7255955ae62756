/** What `secdraft diff` compares: a version id, a modification id, a clause file or a folder of them. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { SectionFile, Version } from '../model/clause-tree.js';
import { compareClauseNumbers } from '../model/clause-number.js';
import { InputError } from '../model/input-error.js';
import { decodeUtf8 } from '../parse/decode-utf8.js';
import { parseClauseFile } from '../parse/clause-file.js';
import { applyModification } from './apply-modification.js';
import { markdownFiles } from './markdown-files.js';
import type { Store } from './store.js';

/** Loads one side of a comparison. Paths win over ids when both exist. */
export function loadSide(store: () => Store, ref: string): Version {
  if (existsSync(ref)) {
    const files = statSync(ref).isDirectory() ? markdownFiles(ref, { skipModifications: true }) : [ref];
    const sections: SectionFile[] = [];
    for (const file of files) {
      const parsed = parseClauseFile(decodeUtf8(readFileSync(file), file), file);
      if (parsed.type === 'modification') {
        if (files.length > 1) throw new InputError({ file, line: 1, column: 1 }, 'a modification file inside a folder of Section files', 'compare a modification by its id, or on its own');
        const s = store();
        return applyModification(s.resolve({ at: `${parsed.meta.code}/${parsed.meta.base}` }), parsed);
      }
      sections.push(parsed);
    }
    if (sections.length === 0) throw new InputError(undefined, `no Section files under ${ref}`, 'name a folder holding <Section>.md files');
    const seen = new Map<string, string>();
    for (const file of sections) {
      const other = seen.get(file.section.id);
      if (other) throw new InputError({ file: file.file, line: 1, column: 1 }, `Section ${file.section.id} is also in ${other}`, 'compare one version at a time');
      seen.set(file.section.id, file.file);
    }
    const first = sections[0] as SectionFile;
    return {
      type: 'version',
      code: first.meta.code,
      id: ref,
      extract: sections.some((f) => f.meta.extract),
      modifications: first.meta.modifications ?? [],
      files: sections.sort((a, b) => compareClauseNumbers(a.section.id, b.section.id)),
    };
  }
  const s = store();
  if (s.versions.some((v) => v.id === ref || `${v.code}/${v.id}` === ref)) return s.resolve({ at: ref });
  if (s.modifications.some((m) => m.id === ref || `${m.code}/${m.id}` === ref)) return s.resolve({ mod: ref });
  throw new InputError(undefined, `'${ref}' is neither a file, a folder, a version nor a modification`, "see 'secdraft list' for versions and modifications");
}
