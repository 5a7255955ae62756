/** `secdraft history <address>`: every version and modification that changed a clause, each step as a redline. */
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
import { clauseHistory, type HistoryPoint } from '../../compare/clause-history.js';
import { filesHolding, parseQualifiedAddress, qualifiedAddress } from '../../model/address.js';
import { InputError } from '../../model/input-error.js';
import { checkStoreName } from '../../store/store-name.js';
import { changeTreeToTerminal } from '../../render/terminal/to-terminal.js';

export const historyCommand: CommandModule = {
  builder: (y) =>
    y
      .positional('address', { type: 'string', describe: 'Clause number, e.g. G3.20' })
      .option('code', { type: 'string', default: 'SEC', describe: 'Code' }),
  run({ args, openStore, io }) {
    const store = openStore();
    const parsed = parseQualifiedAddress(String(args.address));
    if (!parsed) throw new InputError(undefined, `'${String(args.address)}' is not a clause address`, 'write a clause number such as G3.20, or Y:1.1 for 1.1 of the document Y');
    const code = checkStoreName(String(args.code), 'code', '--code');
    const versions = store.versions.filter((e) => e.code === code).map((e) => store.loadVersion(`${e.code}/${e.id}`));
    const consolidated = new Set(versions.flatMap((v) => v.modifications));
    const points: HistoryPoint[] = [];
    versions.forEach((version, i) => {
      const from = versions[i - 1];
      const added = version.modifications.filter((m) => !from?.modifications.includes(m));
      points.push({
        name: version.id,
        note: [from ? `from ${from.id}` : 'first version held', added.length ? `includes ${added.join(', ')}` : '', version.effective ? `in force ${version.effective}` : '', version.extract ? 'extract' : ''].filter(Boolean).join(', '),
        ...(from ? { from } : {}),
        version,
      });
    });
    // Modifications not yet consolidated into a stored version, in implementation order.
    const pending = store.modifications
      .filter((e) => e.code === code && !consolidated.has(e.id))
      .map((e) => store.loadModification(`${e.code}/${e.id}`))
      .sort((a, b) => (a.meta.implemented ?? '9999').localeCompare(b.meta.implemented ?? '9999') || a.meta.id.localeCompare(b.meta.id));
    for (const mod of pending) {
      points.push({
        name: `${mod.meta.base} + ${mod.meta.id}`,
        note: `'${mod.meta.title}', ${mod.meta.path ?? 'draft'}${mod.meta.implemented ? `, implemented ${mod.meta.implemented}` : ', not yet implemented'}`,
        from: store.resolve({ at: `${mod.meta.code}/${mod.meta.base}` }),
        version: store.resolve({ mod: mod.meta.id }),
      });
    }
    if (parsed.document === undefined) {
      // A number two documents share (appendices numbered locally) has two histories: say which.
      const shared = points.map((p) => [p, filesHolding(p.version.files, parsed.number).map((f) => f.section.id)] as const).find(([, held]) => held.length > 1);
      if (shared) {
        const named = shared[1].map((d) => qualifiedAddress(d, parsed.number));
        throw new InputError(undefined, `${parsed.number} is in ${named.length} documents of ${shared[0].version.code} ${shared[0].name}: ${named.join(', ')}`, `name the document, e.g. secdraft history ${named[0]}`);
      }
    }
    const steps = clauseHistory(parsed.number, points, parsed.document);
    if (steps.length === 0) throw new InputError(undefined, `no version or modification holds ${parsed.number}`, "see 'secdraft list'");
    const color = io.isTTY && !io.env.NO_COLOR;
    for (const step of steps) {
      io.stdout(`== ${step.name} (${step.note}): ${step.change.kind === 'unchanged' ? 'as first held' : step.change.kind}\n`);
      io.stdout(changeTreeToTerminal(step.tree, { color, changedOnly: false }).split('\n').slice(3).join('\n'));
    }
    return EXIT.ok;
  },
};
