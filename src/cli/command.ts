/**
 * A CLI command: one module per command under src/cli/commands, registered in commands/index.ts.
 * Exit codes: 0 ok, 1 findings of severity error (check/lint/batch), 2 the input could not be read or bad usage.
 */
export interface CliIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** True when stdout is a terminal (progress bars); false in pipes and tests. */
  readonly isTTY: boolean;
  readonly cwd: string;
}

export interface Command {
  readonly name: string;
  /** One line, Chinese then English. */
  readonly summary: string;
  readonly usage: string;
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: Readonly<Record<string, string | boolean>>;
}

/** Flags that take a value; every other --flag is boolean. */
const VALUE_FLAGS = new Set([
  'o',
  'output',
  'profile',
  'report',
  'workbook',
  'jobs',
  'format',
  'base',
  'mapping',
  'set',
  'clear',
  'rule',
  'cell',
  'reason',
  'by',
  'from',
  'prior',
  'name',
  'verify',
  'expected',
  'previous',
]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/.exec(a);
    if (!m) {
      positional.push(a);
      continue;
    }
    const name = m[1];
    if (m[2] !== undefined) flags[name] = m[2];
    else if (VALUE_FLAGS.has(name) && i + 1 < argv.length) flags[name] = argv[++i];
    else flags[name] = true;
  }
  return { positional, flags };
}

export function flagString(args: ParsedArgs, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = args.flags[n];
    if (typeof v === 'string') return v;
  }
  return undefined;
}

/** Thrown for a usage or input problem that should end the command with exit code 2 and a one-line message. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
