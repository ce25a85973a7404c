import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gzipSync } from 'zlib';

export interface BundleEntry {
  readonly entry: string;
  /** Present when the entry could not be measured. */
  readonly missing?: string;
  /** JS loaded with the page, and chunks loaded later (import()). Bytes raw and gzip (level 9). */
  readonly initial?: { files: string[]; bytes: number; gzip: number };
  readonly lazy?: { files: string[]; bytes: number; gzip: number; chunks: LazyChunk[] };
  /**
   * The JS needed to show the first view (映射): the initial JS plus every chunk of the lazy chunk groups that view
   * waits for (FIRST_VIEW), shared chunks included, not every lazy chunk.
   */
  readonly firstView?: { groups: string[]; files: string[]; bytes: number; gzip: number };
}

/**
 * The lazy chunk groups (webpackChunkName) each page loads before it shows 映射: the task pane fetches `pane` (App,
 * engine, Excel gateway; src/taskpane/index.tsx); the web page `workbook` (reader) and `app` (src/web/open-workbook.ts).
 */
const FIRST_VIEW: Readonly<Record<string, readonly string[]>> = { taskpane: ['pane'], web: ['workbook', 'app'] };

/** One lazily loaded chunk (named by its webpackChunkName, else its id). */
export interface LazyChunk {
  readonly name: string;
  readonly bytes: number;
  readonly gzip: number;
}

export interface BundleResult {
  readonly buildMs: number;
  readonly entries: BundleEntry[];
  readonly error?: string;
}

interface Stats {
  entrypoints: Record<string, { chunks: (string | number)[]; assets: { name: string }[] }>;
  namedChunkGroups?: Record<string, { chunks: (string | number)[] }>;
  chunks: {
    id: string | number;
    initial: boolean;
    files: string[];
    names?: string[];
    parents?: (string | number)[];
  }[];
}

function sizes(out: string, files: string[]) {
  const js = files.filter((f) => f.endsWith('.js'));
  let bytes = 0;
  let gzip = 0;
  for (const f of js) {
    const buf = readFileSync(join(out, f));
    bytes += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { files: js, bytes, gzip };
}

/** A production webpack build into a temporary folder; gzip sizes of each page's initial JS and lazy chunks. */
export function benchBundle(root: string): BundleResult {
  const out = mkdtempSync(join(tmpdir(), 'juesuan-bundle-'));
  const statsFile = join(out, 'stats.json');
  const t = Date.now();
  try {
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/webpack-cli/bin/cli.js'),
        '--mode',
        'production',
        '--output-path',
        out,
        '--json',
        statsFile,
      ],
      { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    // webpack exits 1 on compile errors but still writes its stats; read them below if they exist.
    if (!existsSync(statsFile))
      return {
        buildMs: Date.now() - t,
        entries: [],
        error: (err.stderr || err.message).split('\n').slice(0, 5).join(' '),
      };
  }
  const result = readBuild(root, out, statsFile, Date.now() - t);
  rmSync(out, { recursive: true, force: true });
  return result;
}

/** Initial and lazy JS of each page from a finished build's folder and webpack stats file. */
export function readBuild(root: string, out: string, statsFile: string, buildMs: number): BundleResult {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as Stats;
  const byId = new Map(stats.chunks.map((c) => [String(c.id), c]));
  const entries: BundleEntry[] = [];
  for (const [name, file] of [
    ['taskpane', 'src/taskpane/index.tsx'],
    ['web', 'src/web/index.tsx'],
  ] as const) {
    const ep = stats.entrypoints[name];
    if (!existsSync(join(root, file)) || !ep) {
      entries.push({
        entry: name,
        missing: existsSync(join(root, file)) ? '构建失败' : `${name} entry missing（${file} 不存在）`,
      });
      continue;
    }
    const initialIds = new Set(ep.chunks.map(String));
    const initial = sizes(
      out,
      ep.assets.map((a) => a.name),
    );
    // Lazy chunks: non-initial chunks reachable from this entry's chunks.
    const lazyIds = new Set<string>();
    let grew = true;
    while (grew) {
      grew = false;
      for (const c of stats.chunks)
        if (
          !c.initial &&
          !lazyIds.has(String(c.id)) &&
          (c.parents ?? []).some((p) => initialIds.has(String(p)) || lazyIds.has(String(p)))
        ) {
          lazyIds.add(String(c.id));
          grew = true;
        }
    }
    const chunks = [...lazyIds].map((id) => {
      const c = byId.get(id)!;
      const { bytes, gzip } = sizes(out, c.files);
      return { name: c.names?.[0] || `#${id}`, bytes, gzip };
    });
    const lazy = {
      ...sizes(
        out,
        [...lazyIds].flatMap((id) => byId.get(id)?.files ?? []),
      ),
      chunks,
    };
    const groups = FIRST_VIEW[name].filter((g) => stats.namedChunkGroups?.[g]);
    const viewFiles = groups.flatMap((g) =>
      stats.namedChunkGroups![g].chunks.flatMap((id) => byId.get(String(id))?.files ?? []),
    );
    const firstView = groups.length
      ? { groups, ...sizes(out, [...new Set([...initial.files, ...viewFiles])]) }
      : undefined;
    entries.push({ entry: name, initial, lazy, ...(firstView && { firstView }) });
  }
  return { buildMs, entries };
}
