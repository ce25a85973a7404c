import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join, resolve } from 'path';
import { Worker, type WorkerOptions } from 'worker_threads';
import { reviewFile, unreadableReview } from './review';
import type { ReviewOptions, UnitReview } from './types';

export interface BatchInput {
  /** Absolute path. */
  readonly path: string;
  /** As shown in the review. */
  readonly display: string;
}

export interface BatchRunOptions extends ReviewOptions {
  /** Worker threads (default: os.availableParallelism()). 1 runs in this thread unless `threads` is 'always'. */
  readonly jobs?: number;
  readonly threads?: 'auto' | 'always';
  /** Called after each file, in completion order. */
  readonly onProgress?: (done: number, total: number, review: UnitReview) => void;
}

export interface JobMessage {
  readonly id: number;
  readonly path: string;
  readonly display: string;
  readonly options: ReviewOptions;
}

export interface ResultMessage {
  readonly id: number;
  readonly review: UnitReview;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The worker script: lib/batch/worker.js beside this file when running compiled; from the TypeScript sources
 * (jest, bench) worker.ts compiled on the fly by scripts/register-ts.js.
 */
function workerSpec(): { file: string; options: WorkerOptions } {
  const js = join(__dirname, 'worker.js');
  if (__filename.endsWith('.js') && existsSync(js)) return { file: js, options: {} };
  const hook = resolve(__dirname, '..', '..', 'scripts', 'register-ts.js');
  const ts = join(__dirname, 'worker.ts');
  return {
    file: `require(${JSON.stringify(hook)}); require(${JSON.stringify(ts)});`,
    options: { eval: true },
  };
}

/**
 * Reviews every input, `jobs` at a time in worker threads, and returns the reviews in input order. A worker that
 * dies (out of memory on a huge file) gives that file a 无法读取 row and is replaced; the batch goes on.
 */
export async function runBatch(inputs: readonly BatchInput[], options: BatchRunOptions = {}): Promise<UnitReview[]> {
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), inputs.length || 1));
  const review: ReviewOptions = { lint: options.lint };
  const results: UnitReview[] = new Array(inputs.length);
  let done = 0;
  const finish = (i: number, r: UnitReview) => {
    results[i] = r;
    done++;
    options.onProgress?.(done, inputs.length, r);
  };
  if (jobs === 1 && options.threads !== 'always') {
    for (let i = 0; i < inputs.length; i++) finish(i, await reviewFile(inputs[i].path, inputs[i].display, review));
    return results;
  }
  const spec = workerSpec();
  let next = 0;
  const lane = () =>
    new Promise<void>((laneDone) => {
      const start = () => {
        const worker = new Worker(spec.file, spec.options);
        let current = -1;
        let dead = false;
        const send = () => {
          if (next >= inputs.length) {
            void worker.terminate().then(() => laneDone());
            return;
          }
          current = next++;
          const job: JobMessage = { id: current, ...inputs[current], options: review };
          worker.postMessage(job);
        };
        const fail = (why: string) => {
          if (dead) return;
          dead = true;
          void worker.terminate();
          if (current < 0) return laneDone();
          finish(current, unreadableReview(inputs[current].display, `处理时出错：${why.split('\n')[0]}`));
          start();
        };
        worker.on('message', (m: ResultMessage) => {
          finish(m.id, m.review);
          current = -1;
          send();
        });
        worker.on('error', (e) => fail(e.message));
        worker.on('exit', (code) => {
          if (current >= 0) fail(`工作线程退出（worker exited with code ${code}）`);
        });
        send();
      };
      start();
    });
  await Promise.all(Array.from({ length: jobs }, lane));
  return results;
}
