import { readFileSync } from 'fs';
import { join } from 'path';
import { normalise } from '../../src/core/lint/normalize';
import { prng } from '../../scripts/gen-consolidated';

/**
 * The lint's text normalisation keeps a line that no cleaning step changes as one string (issue 19: splitting every
 * line into one string per character was 30–36% of lint). Property: with and without that fast path, the
 * normalised text and its map back to the original offsets are the same — on the seed documents and on random
 * lines built from every character a cleaning step treats specially.
 */

// Chinese text, digits, every punctuation mark cleanLine folds or keeps, spaces of several kinds, Markdown marks.
const ALPHABET = [
  ...'收入支出合计万元年度一二三、（）()，,：:；;！!？?。.%％﹪１２．０ＡＢ＃＋－',
  ...'0123456789ab',
  ' ',
  '\u3000',
  '\u00a0',
  '\t',
  '\u200b',
  '*',
  '**',
  '_',
  '#',
  '>',
  '- ',
  '• ',
  '·',
  '\n',
  '\r\n',
];

const same = (text: string) => expect(normalise(text)).toEqual(normalise(text, false));

test('the seed documents normalise the same with and without the fast path', () => {
  for (const f of ['seed-000-heshan-zfb-2021.txt', 'seed-004-heshan-jdfw-2021.txt', 'shanghai-2024-template.txt'])
    same(readFileSync(join(__dirname, '..', 'fixtures', 'lint', f), 'utf8'));
});

test('5,000 random texts normalise the same with and without the fast path', () => {
  const rnd = prng(19);
  for (let i = 0; i < 5000; i++) {
    const n = 1 + Math.floor(rnd() * 40);
    let text = '';
    for (let k = 0; k < n; k++) text += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
    same(text);
  }
});
