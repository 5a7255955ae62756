/** Every secdraft command, in the order --help lists them. */
import type { CommandModule } from '../command.js';
import { annexCommand } from './annex.js';
import { applyCommand } from './apply.js';
import { checkCommand } from './check.js';
import { diffCommand } from './diff.js';
import { fmtCommand } from './fmt.js';
import { historyCommand } from './history.js';
import { listCommand } from './list.js';
import { rebaseCommand } from './rebase.js';
import { releaseCommand } from './release.js';
import { showCommand } from './show.js';

export const commands: readonly CommandModule[] = [listCommand, showCommand, fmtCommand, annexCommand, diffCommand, checkCommand, applyCommand, releaseCommand, rebaseCommand, historyCommand];
