/**
 * XML -> a small element tree, through saxes (a non-validating streaming parser). A part that
 * declares a DTD is refused before any entity could be read: Office parts never carry one, and
 * saxes itself expands only XML's five predefined entities, never an external one.
 */
import { SaxesParser } from 'saxes';
import { InputError } from '../model/input-error.js';
import type { SourcePosition } from '../model/clause-tree.js';

/** An element: its name with the namespace prefix normalised ("w:p"), attributes, and children in order. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: ReadonlyArray<XmlElement | string>;
}

/** Prefixes written for the namespaces secdraft reads, whatever prefix a document binds them to. */
const PREFIXES: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
};

/** Parses `text`, the part `part` of `file`; bad XML is bad input, named by part, line and column. */
export function parseXml(text: string, file: string, part: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: Array<{ name: string; attrs: Record<string, string>; children: Array<XmlElement | string> }> = [];
  let root: XmlElement | undefined;
  let rename: Map<string, string> | undefined;
  const at = (): SourcePosition => ({ file: `${file}[${part}]`, line: parser.line, column: parser.column });
  let failure: InputError | undefined;
  const normal = (name: string): string => {
    const colon = name.indexOf(':');
    if (colon < 0 || !rename) return name;
    const prefix = rename.get(name.slice(0, colon));
    return prefix === undefined ? name : `${prefix}:${name.slice(colon + 1)}`;
  };
  parser.on('doctype', () => {
    failure ??= new InputError(at(), 'the XML declares a DTD, which no Word part has (its entities are never read)', 'save the document again from Word or LibreOffice');
    throw failure;
  });
  parser.on('error', (error) => {
    failure ??= new InputError(at(), `damaged XML: ${error.message.replace(/^.*?:\d+:\d+: /, '')}`, 'save the document again from Word or LibreOffice');
    throw failure;
  });
  parser.on('opentag', (tag) => {
    if (!rename) {
      rename = new Map();
      for (const [key, value] of Object.entries(tag.attributes as Record<string, string>)) {
        const prefix = PREFIXES[value];
        if (key.startsWith('xmlns:') && prefix) rename.set(key.slice(6), prefix);
        if (key === 'xmlns' && prefix) rename.set('', prefix);
      }
    }
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes as Record<string, string>)) attrs[normal(key)] = value;
    const name = rename.has('') && !tag.name.includes(':') ? `${rename.get('')}:${tag.name}` : normal(tag.name);
    stack.push({ name, attrs, children: [] });
  });
  parser.on('text', (t) => {
    stack.at(-1)?.children.push(t);
  });
  parser.on('cdata', (t) => {
    stack.at(-1)?.children.push(t);
  });
  parser.on('closetag', () => {
    const done = stack.pop()!;
    const parent = stack.at(-1);
    if (parent) parent.children.push(done);
    else root = done;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (failure) throw failure;
    throw error;
  }
  if (!root) throw new InputError(at(), 'the part holds no XML element', 'save the document again from Word or LibreOffice');
  return root;
}

/** The child elements named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The first child element named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}
