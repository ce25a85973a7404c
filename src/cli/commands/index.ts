import type { Command } from '../command';

/** Every CLI command, in the order `juesuan help` lists them. */
export const COMMANDS: readonly Command[] = [];
