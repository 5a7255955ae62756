/** The shape of a secdraft command: yargs describes its arguments, `run` does the work. */
import type { Argv } from 'yargs';
import type { Store } from '../store/store.js';
import type { Io } from './io.js';

/** What a command's `run` is given. */
export interface CommandContext {
  /** Parsed arguments. */
  readonly args: Readonly<Record<string, unknown>>;
  /**
   * Opens the store named by --store (once; later calls return the same store). A function, not a
   * getter, so that destructuring the context does not open a store that a command given only
   * paths never needs.
   */
  readonly openStore: () => Store;
  /** The --store folder. */
  readonly storeDir: string;
  readonly io: Io;
}

/** One command (named in commands/index.ts): yargs parses, `run` calls the library and returns the exit code. */
export interface CommandModule {
  readonly builder: (yargs: Argv) => Argv;
  readonly run: (context: CommandContext) => number | Promise<number>;
}
