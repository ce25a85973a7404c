import { fmtCpu } from './cpu';
import type { BenchResults } from './run';
import { fmt, type Stat } from './stats';

/** Markdown tables (readable in a terminal, and what docs/performance.md records). */

function mdTable(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const ratio = (a: Stat | undefined, b: Stat | undefined) => (a && b ? (a.median / b.median).toFixed(1) : '—');
const engine = (r: { map: Stat; check: Stat; derive: Stat }) => r.map.median + r.check.median + r.derive.median;

export function renderReport(r: BenchResults): string {
  const m = r.machine;
  const out: string[] = [
    `机器 machine: ${m.cpu}, ${m.cores} cores (availableParallelism ${m.parallelism}), ${m.ramGb} GB RAM, Node ${m.node}, ${m.platform}`,
    `开始 ${r.startedAt}，共 ${(r.totalMs / 1000).toFixed(0)} s`,
  ];
  if (r.samples) {
    out.push('\n## 样例工作簿：引擎与 ExcelJS 读取 (engine vs ExcelJS load)\n');
    out.push(
      mdTable(
        ['file', 'ExcelJS load', 'grid', 'map', 'check', 'derive', 'draft', 'lint', 'engine total', 'engine ÷ load'],
        r.samples.map((s) => [
          s.file,
          fmt(s.load),
          fmt(s.grid),
          fmt(s.stages.map),
          fmt(s.stages.check),
          fmt(s.stages.derive),
          fmt(s.stages.draft),
          fmt(s.stages.lint),
          fmt(s.engine),
          s.ratio.toFixed(2),
        ]),
      ),
    );
    out.push(
      '\n精简读取器与冷启动 (lean reader; cold = first call in a fresh process, steady = median after warm-up)\n',
    );
    out.push(
      mdTable(
        [
          'file',
          'lean read (steady)',
          'map+check+derive+draft ÷ ExcelJS load (steady)',
          'cold: ExcelJS require',
          'cold: ExcelJS load',
          'cold: lean read',
          'cold: map+check+derive+draft',
          'cold: engine ÷ ExcelJS load',
        ],
        r.samples.map((s) => [
          s.file,
          fmt(s.leanRead),
          s.steadyRatio.toFixed(2),
          fmt(s.cold.exceljsRequire),
          fmt(s.cold.exceljsLoad),
          fmt(s.cold.read),
          fmt(s.cold.engine),
          s.cold.ratio.toFixed(2),
        ]),
      ),
    );
    out.push(`\nCPU：${fmtCpu(r.cpu.samples)}`);
  }
  if (r.process) {
    const p = r.process;
    out.push(
      `\n## 整个进程 (whole processes on ${p.rows} 科目 rows, ${(p.bytes / 1e6).toFixed(1)} MB; ratio to an ExcelJS-only load)\n`,
    );
    out.push(
      mdTable(
        ['process', 'wall', 'CPU time', 'peak RSS', '÷ ExcelJS-only (wall / CPU)'],
        [
          ['node: ExcelJS load only', p.exceljsOnly, '1.00 / 1.00'] as const,
          ['juesuan check', p.check, `${p.check.ratio!.toFixed(2)} / ${p.check.cpuRatio?.toFixed(2) ?? '—'}`] as const,
          ['juesuan draft', p.draft, `${p.draft.ratio!.toFixed(2)} / ${p.draft.cpuRatio?.toFixed(2) ?? '—'}`] as const,
        ].map(([name, x, r]) => [name, fmt(x.wall), fmt(x.cpu), `${x.peakRssMb} MB`, r]),
      ),
    );
    out.push(`\nCPU：${fmtCpu(r.cpu.process)}`);
  }
  if (r.scaling) {
    out.push('\n## 规模：生成的汇总工作簿 (scaling, generated consolidated workbooks)\n');
    out.push(
      mdTable(
        [
          '科目 rows',
          'file',
          'default read limits',
          'errors/warnings',
          'load (lean reader)',
          'map',
          'check',
          'derive (fill)',
          'draft',
          'lint',
          'peak RSS',
          'peak heap',
        ],
        r.scaling.map((s) => [
          String(s.rows),
          `${(s.bytes / 1e6).toFixed(1)} MB`,
          s.defaultLimits ? `拒绝：${s.defaultLimits}` : '接受',
          `${s.findings.errors}/${s.findings.warnings}`,
          fmt(s.load),
          fmt(s.map),
          fmt(s.check),
          fmt(s.derive),
          s.textSkipped ? `跳过：${s.textSkipped}` : fmt(s.draft),
          s.textSkipped ? '—' : fmt(s.lint),
          `${s.memory.peakRssMb} MB`,
          `${s.memory.peakHeapMb} MB`,
        ]),
      ),
    );
    for (const f of r.scalingFailures ?? []) out.push(`\n${f.rows} 行失败 failed: ${f.error}`);
    out.push('\n比值（10 倍行数，线性时约为 10）ratio between sizes (10× rows; ~10 when linear):\n');
    const pairs = r.scaling.slice(1).map((s, i) => [r.scaling![i], s] as const);
    out.push(
      mdTable(
        ['sizes', 'load', 'map', 'check', 'derive', 'map+check+derive', 'draft', 'lint', 'peak RSS'],
        pairs.map(([a, b]) => [
          `${b.rows} ÷ ${a.rows}`,
          ratio(b.load, a.load),
          ratio(b.map, a.map),
          ratio(b.check, a.check),
          ratio(b.derive, a.derive),
          (engine(b) / engine(a)).toFixed(1),
          ratio(b.draft, a.draft),
          ratio(b.lint, a.lint),
          (b.memory.peakRssMb / a.memory.peakRssMb).toFixed(1),
        ]),
      ),
    );
    out.push(`\nCPU：${fmtCpu(r.cpu.scaling)}`);
    out.push(
      '\n## Office.js 网关：context.sync 次数、代理对象数与请求/响应大小 (gateway on the fake, with the web’s 5 MB limits)\n',
    );
    out.push(
      mdTable(
        [
          '科目 rows',
          'fill edits',
          'read: syncs',
          'read: proxies',
          'read + apply fill: syncs',
          'read + apply fill: proxies',
          'largest request / response (KB, web limit ≈5,120)',
        ],
        r.scaling.map((s) => [
          String(s.rows),
          String(s.fillEdits),
          String(s.gateway.read.syncs),
          String(s.gateway.read.proxies),
          String(s.gateway.full.syncs),
          String(s.gateway.full.proxies),
          `${s.gateway.full.maxRequestKb ?? '—'} / ${s.gateway.full.maxResponseKb ?? '—'}`,
        ]),
      ),
    );
  }
  if (r.batch) {
    const b = r.batch;
    out.push(`\n## 批量审核 (batch: ${b.files} generated workbooks, ${b.rowsPerFile} 科目 rows each)\n`);
    out.push(
      mdTable(
        ['1 worker', '2 workers', '1 ÷ 2', 'workbooks/s per worker (1 / 2 workers)', 'statuses'],
        [
          [
            fmt(b.oneWorker),
            fmt(b.twoWorkers),
            b.speedup.toFixed(2),
            b.perWorker ? `${b.perWorker.one.toFixed(1)} / ${b.perWorker.two.toFixed(1)}` : '—',
            JSON.stringify(b.statuses),
          ],
        ],
      ),
    );
    out.push(`\nCPU：${fmtCpu(r.cpu.batch)}`);
  }
  if (r.bundle) {
    out.push(`\n## 网页包大小 (web bundle, production build ${(r.bundle.buildMs / 1000).toFixed(0)} s)\n`);
    if (r.bundle.error) out.push(`构建失败 build failed: ${r.bundle.error}\n`);
    out.push(
      mdTable(
        [
          'entry',
          'initial JS (gzip)',
          'initial JS (raw)',
          'lazy chunks (gzip)',
          'lazy chunks (raw)',
          'lazy chunks (gzip each)',
          'first view 映射 (gzip)',
        ],
        r.bundle.entries.map((e) =>
          e.missing
            ? [e.entry, e.missing, '', '', '', '', '']
            : [
                e.entry,
                kb(e.initial!.gzip),
                kb(e.initial!.bytes),
                kb(e.lazy!.gzip),
                kb(e.lazy!.bytes),
                e
                  .lazy!.chunks.sort((a, b) => b.gzip - a.gzip)
                  .map((c) => `${c.name} ${kb(c.gzip)}`)
                  .join(', ') || '—',
                e.firstView ? `${kb(e.firstView.gzip)} (initial + ${e.firstView.groups.join(' + ')})` : '—',
              ],
        ),
      ),
    );
  }
  if (r.web) {
    out.push(
      `\n## 网页：选择文件到显示映射 (web page: file chosen → mapping shown, headless chromium, build ${(r.web.buildMs / 1000).toFixed(0)} s)\n`,
    );
    out.push(
      mdTable(
        ['file', 'size', 'tables mapped', 'page load → landing', 'file chosen → mapping shown'],
        r.web.rows.map((w) => [
          w.file,
          `${(w.bytes / 1024).toFixed(0)} KB`,
          String(w.tables),
          fmt(w.load),
          fmt(w.open),
        ]),
      ),
    );
    out.push(`\nCPU：${fmtCpu(r.cpu.web)}`);
  }
  for (const [k, v] of Object.entries(r.errors)) out.push(`\n${k} 失败 failed: ${v}`);
  return out.join('\n');
}
