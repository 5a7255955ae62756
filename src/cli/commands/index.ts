/**
 * Every secdraft command, in the order --help lists them. A command's module (and what it imports:
 * the checker, the merge engine, the renderers) loads only when that command runs.
 */
import type { CommandModule } from '../command.js';

/** A command as --help lists it, and how to load it. */
export interface CommandEntry {
  /** The yargs command string, e.g. "diff <old> <new>"; its first word is the name typed. */
  readonly command: string;
  readonly describe: string;
  readonly load: () => Promise<CommandModule>;
}

export const commands: readonly CommandEntry[] = [
  {
    command: 'list',
    describe: 'List the versions and modifications in the store',
    load: async () => (await import('./list.js')).listCommand,
  },
  {
    command: 'show <address>',
    describe: 'Print a clause or paragraph (G3.20, G3.18(a)) in a version, or as consolidated with a modification',
    load: async () => (await import('./show.js')).showCommand,
  },
  {
    command: 'fmt [files..]',
    describe: 'Check clause files are in canonical form (exit 1 and show the difference if not); --write rewrites them',
    load: async () => (await import('./fmt.js')).fmtCommand,
  },
  {
    command: 'annex <mod>',
    describe: "Render a modification's Annex A (redline against its base) as Markdown, HTML and Word",
    load: async () => (await import('./annex.js')).annexCommand,
  },
  {
    command: 'diff <old> <new>',
    describe: 'Redline between two versions, modifications, clause files or folders (exit 1 when they differ)',
    load: async () => (await import('./diff.js')).diffCommand,
  },
  {
    command: 'publish <version>',
    describe: 'Publish a consolidated version, clean (no marks), as Markdown, HTML, Word and PDF: one file per Section, or --single',
    load: async () => (await import('./publish.js')).publishCommand,
  },
  {
    command: 'check [paths..]',
    describe: 'Check the code for consistency: parallel qualifiers, references, defined terms, numbering, list conjunctions',
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    command: 'terms [paths..]',
    describe: 'List the defined terms the checker finds: each term, where it is defined, how often it is used',
    load: async () => (await import('./terms.js')).termsCommand,
  },
  {
    command: 'apply <mod>',
    describe: 'Consolidate a modification into its base and write the result as a new version',
    load: async () => (await import('./apply.js')).applyCommand,
  },
  {
    command: 'release <version> <mods..>',
    describe: 'Consolidate several modifications into a new version; clashes stop it (exit 1, nothing written)',
    load: async () => (await import('./release.js')).releaseCommand,
  },
  {
    command: 'rebase <mod>',
    describe: 'Re-express a modification against a newer base version (clean, or a clash report)',
    load: async () => (await import('./rebase.js')).rebaseCommand,
  },
  {
    command: 'import <files..>',
    describe: 'Import consolidated Sections from Word (.docx) into the store as canonical clause files',
    load: async () => (await import('./import.js')).importCommand,
  },
  {
    command: 'import-redline <annex>',
    describe: "Read an Annex A (Word, Markdown or text) into a draft modification, verifying its old side against --base",
    load: async () => (await import('./import-redline.js')).importRedlineCommand,
  },
  {
    command: 'new <id> <addresses..>',
    describe: 'Start a draft modification: the named clauses copied in full from --base, ready to edit',
    load: async () => (await import('./new.js')).newCommand,
  },
  {
    command: 'history <address>',
    describe: 'Every version and modification that changed a clause, each step as a redline',
    load: async () => (await import('./history.js')).historyCommand,
  },
];
