import type { Command } from '../command';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { draftCommand } from './draft';
import { fillCommand } from './fill';
import { lintCommand } from './lint';
import { mapCommand } from './map';
import { rulesCommand } from './rules';

/** Every CLI command, in the order `juesuan help` lists them. */
export const COMMANDS: readonly Command[] = [
  demoCommand,
  mapCommand,
  checkCommand,
  fillCommand,
  draftCommand,
  lintCommand,
  rulesCommand,
];
