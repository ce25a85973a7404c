import type { CliIO } from '../../src/cli/command';

/** A CliIO that captures what a command prints. */
export function captureIO(): CliIO & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => (out += t.endsWith('\n') ? t : t + '\n'),
    err: (t) => (err += t.endsWith('\n') ? t : t + '\n'),
    isTTY: false,
    cwd: process.cwd(),
    stdout: () => out,
    stderr: () => err,
  };
}
