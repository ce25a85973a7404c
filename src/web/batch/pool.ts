import { unreadableReview } from '../../batch/review-core';
import type { UnitReview } from '../../batch/types';
import { READ_LIMITS, tooLargeError } from '../../io/limits';
import type { ReviewAnswer, ReviewJob } from './protocol';

/** A workbook chosen for the batch, with the narrative of the same name chosen beside it. */
export interface BatchFile {
  readonly display: string;
  readonly file: File;
  readonly narrative?: File;
}

export interface PoolOptions {
  readonly onProgress?: (done: number, total: number, review: UnitReview) => void;
  /** Starts a worker; undefined or throwing: the files are reviewed on the page itself, one at a time. */
  readonly spawn?: () => Worker;
  readonly workers?: number;
}

/** Workers to run: one core is left to the page (it must stay responsive), at most 4, at least 1. */
export function workerCount(files: number): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(4, cores - 1, files));
}

/** The job of a file: its bytes (and its narrative's), read only now so that memory holds a few files at a time. */
async function jobOf(id: number, f: BatchFile): Promise<ReviewJob | UnitReview> {
  if (f.file.size > READ_LIMITS.maxFileBytes)
    return unreadableReview(f.display, tooLargeError(f.display, f.file.size).message);
  try {
    const bytes = await f.file.arrayBuffer();
    const narrative = f.narrative ? { name: f.narrative.name, bytes: await f.narrative.arrayBuffer() } : undefined;
    return { id, display: f.display, bytes, ...(narrative ? { narrative } : {}) };
  } catch (e) {
    return unreadableReview(f.display, `无法读取文件（${e instanceof Error ? e.message : String(e)}）`);
  }
}

const isReview = (j: ReviewJob | UnitReview): j is UnitReview => 'status' in j;

/**
 * Reviews every file in Web Workers (nothing leaves the machine: the bytes go from the disk to this tab's workers)
 * and returns the reviews in the files' order. A worker that fails on a file gives it a 无法读取 row and is
 * replaced. Without workers, each file is reviewed on the page between paints.
 */
export async function reviewFiles(files: readonly BatchFile[], options: PoolOptions = {}): Promise<UnitReview[]> {
  const results: UnitReview[] = new Array(files.length);
  let done = 0;
  let next = 0;
  const finish = (i: number, r: UnitReview) => {
    results[i] = r;
    done++;
    options.onProgress?.(done, files.length, r);
  };
  const spawn = () => {
    try {
      return options.spawn?.();
    } catch {
      return undefined;
    }
  };
  const first = spawn();
  if (!first) {
    const { reviewJob } = await import('./review-bytes');
    for (let i = 0; i < files.length; i++) {
      await new Promise((r) => setTimeout(r, 0));
      const job = await jobOf(i, files[i]);
      finish(i, isReview(job) ? job : await reviewJob(job));
    }
    return results;
  }
  const lane = (initial: Worker) =>
    new Promise<void>((laneDone) => {
      let worker = initial;
      let current = -1;
      const send = async (): Promise<void> => {
        while (next < files.length) {
          const i = next++;
          const job = await jobOf(i, files[i]);
          if (isReview(job)) {
            finish(i, job);
            continue;
          }
          current = i;
          worker.postMessage(job, [job.bytes, ...(job.narrative ? [job.narrative.bytes] : [])]);
          return;
        }
        worker.terminate();
        laneDone();
      };
      const attach = (w: Worker) => {
        w.onmessage = (e: MessageEvent<ReviewAnswer>) => {
          current = -1;
          finish(e.data.id, e.data.review);
          void send();
        };
        w.onerror = (e) => {
          e.preventDefault();
          w.terminate();
          if (current >= 0) finish(current, unreadableReview(files[current].display, `处理时出错：${e.message}`));
          current = -1;
          const again = spawn();
          if (!again) return laneDone();
          worker = again;
          attach(again);
          void send();
        };
      };
      attach(worker);
      void send();
    });
  const n = options.workers ?? workerCount(files.length);
  const workers = [first, ...Array.from({ length: n - 1 }, spawn).filter((w): w is Worker => !!w)];
  await Promise.all(workers.map(lane));
  return results;
}
