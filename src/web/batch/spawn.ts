/**
 * Starts one review worker. Kept apart (and out of the jest tests' imports) because `import.meta` is ES-module
 * syntax: webpack reads this very expression to bundle review.worker.ts as its own chunk.
 */
export function spawnReviewWorker(): Worker {
  // @ts-expect-error -- tsc checks this folder as CommonJS (tsconfig.json); webpack compiles it as an ES module.
  return new Worker(new URL('./review.worker.ts', import.meta.url));
}
