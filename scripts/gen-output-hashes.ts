/**
 * Writes test/perf/output-hashes.json: the fingerprints of map / check / derive / draft / lint outputs on every
 * sample and layout variant (test/perf/output-hash.ts). Run it only when an output change is intended, and
 * commit the file with that change:
 *
 *   node -r ./scripts/register-ts.js scripts/gen-output-hashes.ts
 */
import { writeFileSync } from 'fs';
import { GOLDEN_FILE, outputHashes } from '../test/perf/output-hash';

void outputHashes().then((hashes) => {
  writeFileSync(GOLDEN_FILE, JSON.stringify(hashes, null, 2) + '\n');
  process.stdout.write(`${Object.keys(hashes).length} cases → ${GOLDEN_FILE}\n`);
});
