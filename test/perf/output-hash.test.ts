import { readFileSync } from 'fs';
import { GOLDEN_FILE, outputHashes, type OutputHashes } from './output-hash';

/**
 * Speed work must not change what the tool says (issue 19): the outputs of map, check, derive (planFill), draft and
 * lint on every sample, each layout variant of test/layouts/variants.ts, each sample with wrong figures and a
 * generated consolidated workbook are hashed (test/perf/output-hash.ts) and compared with the golden file
 * test/perf/output-hashes.json, generated on the code before the optimisation. Any changed output fails here,
 * naming the case and the stage.
 *
 * When an output change IS intended (a new or changed rule, mapping, wording …), regenerate the golden after the
 * change and commit it with it, saying which stages changed and why:
 *
 *   node -r ./scripts/register-ts.js scripts/gen-output-hashes.ts
 *   git diff test/perf/output-hashes.json    # only the stages the change meant to touch should differ
 */
describe('engine outputs are unchanged', () => {
  let actual: OutputHashes;
  const golden = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as OutputHashes;
  beforeAll(async () => {
    actual = await outputHashes();
  }, 180_000);

  it('covers the same cases as the golden file', () => {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(golden).sort());
  });

  it.each(Object.keys(golden))('%s: map, check, derive, draft and lint hash as in the golden file', (name) => {
    expect(actual[name]).toEqual(golden[name]);
  });
});
