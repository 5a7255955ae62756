/** `secdraft new <id> --base <v> <address...>`: starts a draft modification. */
import type { CommandModule } from '../command.js';
import { InputError } from '../../model/input-error.js';

export const newCommand: CommandModule = {
  builder: (y) => y,
  run() {
    throw new InputError(undefined, 'new is not built yet', 'write the modification by hand');
  },
};
