/**
 * Worker-thread entry of the batch review: receives { id, path, display, options }, answers { id, review }.
 * Compiled to lib/batch/worker.js for the CLI; from the TypeScript sources (jest, bench) it is loaded through
 * scripts/register-ts.js (see pool.ts).
 */
import { parentPort } from 'worker_threads';
import { reviewFile } from './review';
import type { JobMessage, ResultMessage } from './pool';

const port = parentPort;
if (port)
  port.on('message', (job: JobMessage) => {
    void reviewFile(job.path, job.display, job.options).then((review) => {
      const answer: ResultMessage = { id: job.id, review };
      port.postMessage(answer);
    });
  });
