/**
 * The full disclosure as a word processor lays it out: the .docx is converted to PDF by LibreOffice (Debian
 * `libreoffice-writer-nogui`, installed by .ci/run) and read back with pdftotext (poppler-utils). It opens, its parts
 * come in order, its pages are numbered “— 1 —” from 第一部分 on, and every table carries the workbook's amounts.
 * Pages are kept as images in test-output/document/ (`JUESUAN_SCREENSHOTS=docs` refreshes docs/screenshots/).
 * Skipped, with a message, only where soffice or pdftotext is not installed.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { analyseGrid } from '../../src/core/engine';
import type { Disclosure, Figure, ProfileId, TableId } from '../../src/core/model/types';
import { TABLE_IDS } from '../../src/core/model/types';
import { draftNarrative } from '../../src/core/narrative/draft';
import { fullDisclosureDocx } from '../../src/io/docx';
import { readGridFromFile } from '../../src/io/xlsx';

function has(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const TOOLS = has('soffice') && has('pdftotext') && has('pdftoppm');
if (!TOOLS)
  console.warn(
    '跳过 .docx 排版测试：未安装 LibreOffice（soffice）或 poppler-utils（pdftotext/pdftoppm）；.ci/run 会安装它们。' +
      '（skipped: soffice / pdftotext not installed）',
  );
const run = TOOLS ? describe : describe.skip;

const CASES: [file: string, profile: ProfileId][] = [
  ['heshan-zfb-2021.xlsx', 'hunan-2021'],
  ['heshan-jdfw-2021.xlsx', 'shanghai-2024'],
];

interface Rendered {
  d: Disclosure;
  pages: string[];
  pdf: string;
}

const OUT = join(__dirname, '../../test-output/document');

/** Converts all cases in one LibreOffice run (a private profile directory, so parallel runs do not collide). */
async function renderAll(): Promise<Map<string, Rendered>> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-docx-'));
  const out = new Map<string, Rendered>();
  const files: string[] = [];
  const models: Disclosure[] = [];
  for (const [file, profile] of CASES) {
    const d = analyseGrid(await readGridFromFile(join(__dirname, '../../samples', file))).disclosure;
    const name = `${file.replace('.xlsx', '')}-${profile}`;
    const docx = join(dir, `${name}.docx`);
    writeFileSync(docx, await fullDisclosureDocx(d, draftNarrative(d, { profile })));
    files.push(docx);
    models.push(d);
  }
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
    { stdio: 'ignore', timeout: 240_000 },
  );
  files.forEach((docx, i) => {
    const pdf = docx.replace(/\.docx$/, '.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    out.set(CASES[i].join('|'), { d: models[i], pages: text.split('\f'), pdf });
  });
  return out;
}

/** pdftotext spaces digits from Chinese and pads columns: compare without whitespace. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

function amounts(fs: readonly (Figure | undefined)[]): string[] {
  return fs.filter((f): f is Figure => !!f && f.state === 'number' && !f.value.isZero()).map((f) => f.value.toFixed(2));
}

/** Every non-zero amount a table model holds (items, 合计行, 科目 rows). */
function tableAmounts(d: Disclosure, id: TableId): string[] {
  const t = d.tables[id];
  if (!t) return [];
  return amounts([
    ...Object.values(t.items),
    ...Object.values(t.totalRow ?? {}),
    ...t.rows.flatMap((r) => Object.values(r.values)),
  ]);
}

run('the full .docx rendered by LibreOffice', () => {
  let rendered: Map<string, Rendered>;
  beforeAll(async () => {
    rendered = await renderAll();
    mkdirSync(OUT, { recursive: true });
    for (const [key, r] of rendered) {
      const base = join(OUT, key.replace('|', '-').replace('.xlsx', ''));
      copyFileSync(r.pdf, `${base}.pdf`);
    }
  }, 300_000);

  describe.each(CASES)('%s as %s', (file, profile) => {
    const get = () => rendered.get(`${file}|${profile}`)!;

    test('opens, parts in order after the 目录, pages numbered from 第一部分', () => {
      const { pages } = get();
      expect(pages.length).toBeGreaterThan(10);
      expect(squeeze(pages[1])).toContain('目录');
      const bodyStart = pages.findIndex((p, i) => i > 1 && squeeze(p).startsWith('第一部分'));
      expect(bodyStart).toBeGreaterThan(0);
      const body = squeeze(pages.slice(bodyStart).join('\n'));
      const order = [
        '第一部分',
        '第二部分',
        ...TABLE_IDS.map((_, i) => `公开0${i + 1}表`),
        '第三部分',
        '一、收入支出决算总体情况说明',
        '第四部分名词解释',
        ...(profile === 'hunan-2021' ? ['第五部分附件'] : []),
      ];
      let at = -1;
      for (const marker of order) {
        const k = body.indexOf(marker, at + 1);
        expect([marker, k > at]).toEqual([marker, true]);
        at = k;
      }
      // Footers: “— 1 —”, “— 2 —” … on every page from 第一部分 on.
      const numbers = pages
        .slice(bodyStart)
        .filter((p) => p.trim())
        .map((p) => /—\s*(\d+)\s*—\s*$/.exec(p.trimEnd())?.[1]);
      expect(numbers).toEqual(numbers.map((_, i) => String(i + 1)));
    });

    test('every table carries the workbook’s amounts', () => {
      const { d, pages } = get();
      const text = squeeze(pages.join('\n'));
      const part3 = text.lastIndexOf('第三部分');
      TABLE_IDS.forEach((id, i) => {
        const from = text.lastIndexOf(`公开0${i + 1}表`, part3);
        const to = i + 1 < TABLE_IDS.length ? text.lastIndexOf(`公开0${i + 2}表`, part3) : part3;
        const segment = text.slice(from, to);
        const missing = tableAmounts(d, id).filter((a) => !segment.includes(a));
        expect([id, missing]).toEqual([id, []]);
      });
    });

    test('第三部分 states the workbook’s totals', () => {
      const { d, pages } = get();
      const text = squeeze(pages.join('\n'));
      const part3 = text.slice(text.lastIndexOf('第三部分'));
      for (const k of ['income.total', 'expense.total', 'income.grand'])
        if (profile === 'hunan-2021' || k !== 'expense.total')
          expect(part3).toContain(d.tables.T01!.items[k].value.toFixed(2));
    });
  });

  test('page images for the README', () => {
    // Cover, 公开01表, 公开04表 and the first page of 第三部分 of the Shanghai-profile document.
    const r = rendered.get(CASES[1].join('|'))!;
    const find = (marker: string) =>
      r.pages.findIndex((p, i) => i > 1 && squeeze(p).includes(marker) && !squeeze(p).includes('目录')) + 1;
    const shots: [string, number][] = [
      ['document-cover', 1],
      ['document-toc', 2],
      ['document-table01', find('公开01表')],
      ['document-table04', find('公开04表')],
      ['document-narrative', find('一、收入支出决算总体情况说明')],
    ];
    const docs = process.env.JUESUAN_SCREENSHOTS === 'docs' ? join(__dirname, '../../docs/screenshots') : undefined;
    for (const [name, page] of shots) {
      expect(page).toBeGreaterThan(0);
      const prefix = join(OUT, name);
      execFileSync('pdftoppm', [
        '-r',
        '80',
        '-png',
        '-singlefile',
        '-f',
        String(page),
        '-l',
        String(page),
        r.pdf,
        prefix,
      ]);
      const png = readFileSync(`${prefix}.png`);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      if (docs) copyFileSync(`${prefix}.png`, join(docs, `${name}.png`));
    }
  });
});
