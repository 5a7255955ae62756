/** `secdraft import <file.docx...> --version <v>`: consolidated Sections from Word -> canonical clause files in the store. */
import type { CommandModule } from '../command.js';
import { InputError } from '../../model/input-error.js';

export const importCommand: CommandModule = {
  builder: (y) => y,
  run() {
    throw new InputError(undefined, 'import is not built yet', 'use import-redline');
  },
};
