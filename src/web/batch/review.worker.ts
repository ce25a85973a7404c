/**
 * Web Worker of the batch page: answers each ReviewJob with its unit's review. Bundled by webpack 5 from
 * `new Worker(new URL('./review.worker.ts', import.meta.url))` (pool.ts) as a file of the page's own origin, which
 * the page's CSP (script-src 'self', the fallback of worker-src) allows.
 */
import type { ReviewAnswer, ReviewJob } from './protocol';
import { reviewJob } from './review-bytes';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReviewJob>) => void) | null;
  postMessage(m: ReviewAnswer): void;
};

scope.onmessage = (e) => {
  void reviewJob(e.data).then((review) => scope.postMessage({ id: e.data.id, review }));
};
