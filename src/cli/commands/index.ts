import type { Command } from '../command';
import { batchCommand } from './batch';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { draftCommand } from './draft';
import { fillCommand } from './fill';
import { lintCommand } from './lint';
import { mapCommand } from './map';
import { rulesCommand } from './rules';
import { undoCommand } from './undo';
import { waiveCommand } from './waive';
import { priorCommand } from './prior';
import { consolidateCommand } from './consolidate';

/** Every CLI command, in the order `juesuan help` lists them. */
export const COMMANDS: readonly Command[] = [
  demoCommand,
  mapCommand,
  checkCommand,
  fillCommand,
  draftCommand,
  lintCommand,
  batchCommand,
  waiveCommand,
  undoCommand,
  rulesCommand,
  priorCommand,
  consolidateCommand,
];
