import type { UnitReview } from './types';

/** Where progress goes: stderr, as a redrawn bar on a terminal or one plain line per file otherwise. */
export interface ProgressSink {
  readonly isTTY: boolean;
  /** Raw write (no newline added): used for the redrawn bar. */
  readonly write: (text: string) => void;
  /** One line. */
  readonly line: (text: string) => void;
}

const WIDTH = 24;

function status(r: UnitReview): string {
  if (r.skipped) return `跳过：${r.skipped}`;
  if (r.readError) return '无法读取';
  const c = r.counts;
  return `${r.status}（错误 ${c.error}，警告 ${c.warning}）`;
}

/** A progress reporter for runBatch's onProgress; call `end()` when the batch is done. */
export function progressReporter(sink: ProgressSink) {
  const started = Date.now();
  let drawn = false;
  return {
    update(done: number, total: number, r: UnitReview): void {
      if (!sink.isTTY) {
        sink.line(`[${done}/${total}] ${r.file}：${status(r)}`);
        return;
      }
      const filled = Math.round((done / total) * WIDTH);
      const secs = ((Date.now() - started) / 1000).toFixed(0);
      const name = r.file.length > 40 ? `…${r.file.slice(-39)}` : r.file;
      sink.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${secs}s ${name}`);
      drawn = true;
    },
    end(): void {
      if (drawn) sink.write('\n');
    },
  };
}
