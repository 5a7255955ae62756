/**
 * `secdraft show <address>`: one clause or paragraph, in a version or as a modification leaves it.
 * An address that documents numbered locally share ("1.1" in two appendices) is refused, naming
 * each one qualified by its document ("V:1.1", "Y:1.1"), which show then takes.
 */
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
import { findAllByAddress, parseQualifiedAddress, qualifiedAddress } from '../../model/address.js';
import { InputError } from '../../model/input-error.js';
import { blockToMarkdown, clauseToMarkdown } from '../../serialize/to-markdown.js';
import { versionInForce } from '../../store/version-in-force.js';

export const showCommand: CommandModule = {
  builder: (y) =>
    y
      .positional('address', { type: 'string', describe: 'Clause or paragraph address, e.g. G3.20, G3.18(a)(ii), or Y:2.3(b) for 2.3(b) of the document (Section) Y' })
      .option('at', { type: 'string', describe: 'Version id, e.g. 6.17 (default: the latest)' })
      .option('mod', { type: 'string', describe: 'Modification id: show the clause as the modification leaves its base' })
      .option('on', { type: 'string', describe: 'Date (yyyy-mm-dd): show the clause in force on that day, from implementation dates' })
      .option('code', { type: 'string', default: 'SEC', describe: 'Code, with --on' })
      .option('format', { choices: ['md', 'json'] as const, default: 'md' as const, describe: 'Output format' })
      .conflicts('at', 'mod')
      .conflicts('on', ['at', 'mod']),
  run({ args, openStore, io }) {
    const store = openStore();
    const address = String(args.address);
    const parsed = parseQualifiedAddress(address);
    if (!parsed) {
      throw new InputError(undefined, `'${address}' is not a clause address`, 'write it as G3.20, G3.18(a) or G3.18(a)(ii), or Y:2.3(b) to name the document');
    }
    let version;
    if (args.on !== undefined) {
      const inForce = versionInForce(store, String(args.code), String(args.on));
      version = inForce.version;
      const notes = [
        `${address} as in force on ${String(args.on)}: ${version.code} ${inForce.from}${inForce.applied.length ? ` with ${inForce.applied.join(', ')}` : ''}`,
        ...(inForce.undated ? [`(${inForce.from} has no effective date in the store; taken as in force)`] : []),
        ...(inForce.skipped.length ? [`(implemented by then but drafted against another version, not applied: ${inForce.skipped.join(', ')})`] : []),
      ];
      io.stderr(`${notes.join('\n')}\n`);
    } else {
      version = store.resolve({ at: args.at as string | undefined, mod: args.mod as string | undefined });
    }
    const sections = version.files.map((f) => f.section.id);
    if (parsed.document !== undefined && !sections.includes(parsed.document)) {
      throw new InputError(undefined, `version ${version.code} ${version.id} holds no Section ${parsed.document}`, `name one of its Sections: ${sections.join(', ')}`);
    }
    const matches = findAllByAddress(version, address);
    const local = parsed.document === undefined ? address.trim() : address.trim().slice(parsed.document.length + 1);
    if (matches.length > 1) {
      const candidates = matches.map((m) => qualifiedAddress(m.document, local));
      // The example is quoted for a shell where it holds more than a plain word ("W:Part 2(b)").
      const example = /^[\w.:+-]+$/.test(candidates[0]!) ? candidates[0] : `'${candidates[0]}'`;
      throw new InputError(undefined, `${local} is in ${matches.length} documents of ${version.code} ${version.id}: ${candidates.join(', ')}`, `name the document, e.g. secdraft show ${example}`);
    }
    const node = matches[0]?.node;
    if (!node) {
      const where = parsed.document === undefined ? `version ${version.code} ${version.id}` : `Section ${parsed.document} of version ${version.code} ${version.id}`;
      throw new InputError(undefined, `${where} holds no ${local}${version.extract ? ' (it is an extract)' : ''}`, "see 'secdraft list' for what the store holds");
    }
    if (args.format === 'json') {
      io.stdout(`${JSON.stringify(node, null, 2)}\n`);
    } else {
      io.stdout(`${node.type === 'clause' ? clauseToMarkdown(node) : blockToMarkdown(node)}\n`);
    }
    return EXIT.ok;
  },
};
