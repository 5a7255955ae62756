/** The secdraft command line: parses arguments, calls the library, prints, returns the exit code. */
import yargs from 'yargs';
import { isInputError } from '../model/input-error.js';
import { openStore, type Store } from '../store/store.js';
import type { CommandModule } from './command.js';
import { commands, type CommandEntry } from './commands/index.js';
import { describeFailure } from './describe-failure.js';
import { EXIT, type Io } from './io.js';
import { VERSION } from '../version.js';

/** The command `argv` names: its first word, not an option, that is a command's name (options may come first). */
function named(argv: readonly string[]): CommandEntry | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return undefined;
    // --store's value is a folder, whatever it is called.
    if (arg === '--store') i++;
    const entry = arg.startsWith('-') ? undefined : commands.find((c) => c.command.split(' ')[0] === arg);
    if (entry) return entry;
  }
  return undefined;
}

/**
 * Runs secdraft with `argv` (without node and script); never exits the process and never throws:
 * bad input is exit 2, any other failure one line and exit 3 (the trace only with SECDRAFT_DEBUG=1).
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  if (argv.length === 1 && argv[0] === '--version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  try {
    return await run(argv, io, named(argv));
  } catch (error) {
    if (isInputError(error)) {
      io.stderr(`${error.message}\n`);
      return EXIT.badInput;
    }
    const failure = describeFailure(error);
    io.stderr(`${failure.line}\n`);
    if (io.env.SECDRAFT_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return failure.code;
  }
}

/** Runs with `entry`'s module loaded; when yargs finds another command (an option's value named one), runs again with that. */
async function run(argv: readonly string[], io: Io, entry: CommandEntry | undefined): Promise<number> {
  // Only the named command's module loads: its builder must be known before yargs parses.
  const loaded = await entry?.load();
  let chosen: CommandModule | undefined;
  let other: CommandEntry | undefined;
  let parser = yargs([...argv])
    .scriptName('secdraft')
    .usage('$0 <command> [options]\n\nStructured Markdown, redlines, Word annexes and consistency checks for the Smart Energy Code.')
    .option('store', { type: 'string', default: 'clauses', describe: 'Folder of the clause store', global: true })
    .strict()
    .demandCommand(1, 'Name a command.')
    .recommendCommands()
    .help()
    // Not yargs's --version: `release <version>` has a positional of that name.
    .version(false)
    .epilogue(
      `Exit codes: 0 ok, 1 findings or differences, 2 bad input or usage, 3 the system failed (I/O, memory).\n` +
        `secdraft ${VERSION}; secdraft --version prints the version alone.`,
    )
    .wrap(Math.min(100, process.stdout.columns || 100))
    // secdraft speaks English; bundled, yargs could not find its locale files anyway.
    .locale('en')
    .exitProcess(false);
  for (const command of commands) {
    const module = command === entry ? loaded : undefined;
    // Another command's options are unknown here: let them through, note the command, and run again.
    parser = parser.command(command.command, command.describe, module ? module.builder : (y) => y.strict(false), () => {
      if (module) chosen = module;
      else other = command;
    });
  }
  let parsed: Record<string, unknown>;
  let usageError: Error | undefined;
  let output = '';
  try {
    parsed = (await parser.parse([...argv], {}, (error: Error | undefined, _args: unknown, text: string) => {
      usageError = error ?? undefined;
      output = text;
    })) as Record<string, unknown>;
  } catch (error) {
    usageError = error as Error;
    parsed = {};
  }
  if (usageError) {
    // yargs lays some messages out on several lines ("Invalid values:\n  Argument: ..."): one line here.
    const message = usageError.message.replace(/\s*\n\s*/g, ' ').trim();
    io.stderr(`secdraft: ${message} (see 'secdraft --help')\n`);
    return EXIT.badInput;
  }
  if (other && other !== entry) return run(argv, io, other);
  if (output) {
    io.stdout(`${output}\n`);
    return EXIT.ok;
  }
  if (!chosen) {
    io.stderr(`secdraft: could not tell the command from the arguments (name it first: secdraft <command> [options]; see 'secdraft --help')\n`);
    return EXIT.badInput;
  }
  const storeDir = String(parsed.store ?? 'clauses');
  let store: Store | undefined;
  return await chosen.run({
    args: parsed,
    storeDir,
    openStore: () => (store ??= openStore(storeDir)),
    io,
  });
}
