import { readFile } from 'fs/promises';
import { extname, resolve } from 'path';
import { analyseGrid } from '../../core/engine';
import { lintNarrative, type LintFinding, type LintResult, type LintSeverity } from '../../core/lint';
import { disclosureWithPrior } from '../../core/prior';
import type { Disclosure } from '../../core/model/types';
import { DocxReadError, readDocxText } from '../../io/docx-text';
import { GridReadError, readGridFromFile } from '../../io/xlsx';
import { CliError, flagString, type Command } from '../command';

/**
 * juesuan lint <narrative.txt|narrative.docx> [--workbook file.xlsx] [--json]
 * Checks every number of a written 第三部分 情况说明 (or a whole disclosure). Exit 0 no errors, 1 errors found,
 * 2 unreadable input.
 */
export const lintCommand: Command = {
  name: 'lint',
  summary: '核对情况说明文字中的每个数字（check every number in a written narrative, part 三）',
  usage: 'juesuan lint <narrative.txt|narrative.docx> [--workbook file.xlsx [--prior last-year.xlsx]] [--json]',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new CliError('请指定情况说明文件（missing narrative file）。用法：' + this.usage);
    const text = await readNarrative(resolve(io.cwd, file), file);
    const workbook = flagString(args, 'workbook');
    let disclosure = workbook ? await readDisclosure(resolve(io.cwd, workbook), workbook) : undefined;
    // --prior: year-on-year claims checked against last year's workbook (src/core/prior/lint-disclosure.ts).
    const prior = flagString(args, 'prior');
    if (prior && !disclosure)
      throw new CliError('--prior 需要同时给出本年工作簿 --workbook（--prior needs --workbook）');
    if (prior && disclosure) {
      const withPrior = disclosureWithPrior(disclosure, await readDisclosure(resolve(io.cwd, prior), prior));
      disclosure = withPrior.disclosure;
      for (const n of withPrior.notes) io.err(`注意：${n}`);
    }
    const result = lintNarrative(text, { disclosure });
    if (args.flags.json === true) io.out(JSON.stringify(toJson(result), null, 2));
    else io.out(renderText(result));
    return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};

async function readNarrative(path: string, name: string): Promise<string> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`找不到文件：${name}（file not found）`);
    if (code === 'EISDIR') throw new CliError(`${name} 是文件夹，不是文件（is a directory）`);
    throw new CliError(`无法读取 ${name}（cannot read file: ${(e as Error).message.split('\n')[0]}）`);
  }
  const isZip = data[0] === 0x50 && data[1] === 0x4b;
  if (extname(path).toLowerCase() === '.docx' || isZip) {
    try {
      return await readDocxText(data);
    } catch (e) {
      if (e instanceof DocxReadError) throw new CliError(`${name}：${e.message}`);
      throw e;
    }
  }
  if (data.subarray(0, 5).toString('latin1') === '%PDF-')
    throw new CliError(`${name} 是 PDF，请先复制或导出其中的文字为 .txt（PDF is not read: extract its text first）`);
  if (data.includes(0)) throw new CliError(`${name} 不是文本或 Word 文件（not a text or .docx file）`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data).replace(/^\uFEFF/, '');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 0 && bad > text.length / 100)
    throw new CliError(`${name} 不是 UTF-8 文本，请另存为 UTF-8 编码（not UTF-8 text）`);
  return text;
}

async function readDisclosure(path: string, name: string): Promise<Disclosure> {
  try {
    return analyseGrid(await readGridFromFile(path)).disclosure;
  } catch (e) {
    if (e instanceof GridReadError) throw new CliError(e.message.split('\n')[0]);
    throw new CliError(
      `无法读取工作簿 ${name}（cannot read workbook: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}）`,
    );
  }
}

function toJson(r: LintResult) {
  return {
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      section: f.section,
      place: f.place,
      quote: f.quote,
      offset: f.offset,
      message: f.message,
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.actual !== undefined ? { actual: f.actual } : {}),
      ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
      ...(f.cells ? { cells: f.cells } : {}),
    })),
    claims: r.claims,
    verified: r.verified,
  };
}

const SEVERITY_LABEL: Record<LintSeverity, string> = { error: '错误', warning: '警告', rounding: '舍位', info: '提示' };

/** A readable Chinese list grouped by section, with a closing summary. */
export function renderText(r: LintResult): string {
  const lines: string[] = [];
  const bySection = new Map<string, LintFinding[]>();
  for (const f of r.findings) {
    const list = bySection.get(f.place) ?? [];
    list.push(f);
    bySection.set(f.place, list);
  }
  for (const [place, list] of bySection) {
    lines.push(place || '（未分部分）');
    for (const f of list) {
      const quote = f.quote.replace(/\s*\n\s*/g, ' ');
      lines.push(
        `  [${SEVERITY_LABEL[f.severity]}] “${quote}”：${f.message}${f.suggestion ? `。建议改为：“${f.suggestion}”` : ''}（${f.rule}）`,
      );
    }
  }
  const count = (s: LintSeverity) => r.findings.filter((f) => f.severity === s).length;
  if (r.findings.length === 0) lines.push('未发现问题。');
  lines.push(
    `共读取 ${r.claims} 个数字，核对无误 ${r.verified} 个；错误 ${count('error')} 条，警告 ${count('warning')} 条，舍位差异 ${count('rounding')} 条，提示 ${count('info')} 条。`,
  );
  return lines.join('\n');
}
