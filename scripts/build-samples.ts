/**
 * Builds the two sample workbooks from the seed-derived data (scripts/samples/*.data.ts):
 *   samples/heshan-zfb-2021.xlsx   — seed 000, national export layout (公开01表 … 公开09表, 元)
 *   samples/heshan-jdfw-2021.xlsx  — seed 004, a different export (Chinese sheet names, 万元, 3-column 科目 codes)
 * Run: npm run samples   (or: node -r ./scripts/register-ts.js scripts/build-samples.ts [outDir])
 */
import { writeFile } from 'fs/promises';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addReadme, addSupplementary } from './samples/common';
import { JDFW_2021 } from './samples/heshan-jdfw-2021.data';
import { ZFB_2021 } from './samples/heshan-zfb-2021.data';
import { JDFW_LAYOUT_NOTES, buildJdfw } from './samples/layout-jdfw';
import { NATIONAL_LAYOUT_NOTES, buildNational } from './samples/layout-national';
import type { SampleData } from './samples/types';

export const SAMPLES: readonly { data: SampleData; file: string }[] = [
  { data: ZFB_2021, file: 'heshan-zfb-2021.xlsx' },
  { data: JDFW_2021, file: 'heshan-jdfw-2021.xlsx' },
];

/** Fixed metadata so that rebuilding changes nothing but the zip container. */
function newWorkbook(data: SampleData): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '决算公开助手 samples';
  wb.created = new Date(Date.UTC(data.year + 1, 4, 1));
  wb.modified = wb.created;
  return wb;
}

export function buildWorkbook(data: SampleData): ExcelJS.Workbook {
  const wb = newWorkbook(data);
  if (data.id === 'heshan-zfb-2021') {
    addReadme(wb, data, NATIONAL_LAYOUT_NOTES);
    buildNational(wb, data);
  } else {
    addReadme(wb, data, JDFW_LAYOUT_NOTES);
    buildJdfw(wb, data);
  }
  addSupplementary(wb, data);
  return wb;
}

/**
 * The workbook's bytes with one fixed date on every zip entry (ExcelJS stamps them with the time of writing), so
 * that rebuilding an unchanged sample gives the same file and `git status` stays clean.
 */
async function stableBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  const src = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const out = new JSZip();
  for (const entry of Object.values(src.files))
    if (!entry.dir) out.file(entry.name, await entry.async('uint8array'), { date: wb.modified, createFolders: false });
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function buildSamples(outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const s of SAMPLES) {
    const file = path.join(outDir, s.file);
    await writeFile(file, await stableBytes(buildWorkbook(s.data)));
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  const outDir = process.argv[2] ?? path.join(__dirname, '..', 'samples');
  buildSamples(outDir).then(
    (files) => files.forEach((f) => console.log(`已生成 ${f}`)),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
