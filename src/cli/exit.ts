/**
 * How the CLI ends, so that every command delivers its whole output to a pipe, a file or a terminal:
 * - `process.exit()` right after writing drops what a pipe has not yet taken (a pipe holds 64 KB; Node queues the
 *   rest and exit discards the queue), so `juesuan check --json | slow-reader` was cut at 64 KB whenever the exit
 *   code was not 0. The code is set and the process exits only once stdout and stderr have flushed.
 * - A reader that goes away (`juesuan rules | head`) makes the next write fail with EPIPE: that is the reader's
 *   choice, not an error — stop quietly, without a stack trace.
 */
interface Proc {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  exitCode?: number | string | undefined;
  exit(code?: number): never;
}

const GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ECONNRESET']);

/** Exit quietly (keeping any exit code already set) when stdout's or stderr's reader has gone. */
export function quietOnClosedReader(proc: Proc): void {
  for (const stream of [proc.stdout, proc.stderr])
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e && e.code && GONE.has(e.code)) proc.exit(typeof proc.exitCode === 'number' ? proc.exitCode : 0);
      else throw e;
    });
}

/**
 * Sets the exit code, waits until everything written to stdout, then stderr, has been handed over (an empty write's
 * callback runs after the writes queued before it), then exits — also when a worker or timer would keep the process
 * alive.
 */
export function deliverThenExit(proc: Proc, code: number): void {
  proc.exitCode = code;
  proc.stdout.write('', () => proc.stderr.write('', () => proc.exit(code)));
}
