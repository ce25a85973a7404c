import type { Command } from '../command';
import { mapCommand } from './map';

/** Every CLI command, in the order `juesuan help` lists them. */
export const COMMANDS: readonly Command[] = [mapCommand];
