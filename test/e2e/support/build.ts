import { execFile } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { promisify } from 'util';
import { gzipSync } from 'zlib';

/** The production build of the web page, made once per test run by webpack itself (as `npm run build:web`). */

export const ROOT = join(__dirname, '..', '..', '..');

export interface WebBuild {
  readonly dir: string;
  /** JS files index.html loads (the first paint). */
  readonly initialFiles: readonly string[];
  /** JS files loaded on demand. */
  readonly lazyFiles: readonly string[];
  /** Source modules (paths) of the initial and the lazy chunks. */
  readonly initialModules: readonly string[];
  readonly lazyModules: readonly string[];
}

interface StatsModule {
  readonly name?: string;
  readonly modules?: readonly StatsModule[];
}
interface StatsChunk {
  readonly initial: boolean;
  readonly files: readonly string[];
  readonly modules?: readonly StatsModule[];
}

function moduleNames(mods: readonly StatsModule[] | undefined): string[] {
  return (mods ?? []).flatMap((m) => (m.modules ? moduleNames(m.modules) : m.name ? [m.name] : []));
}

export async function buildWeb(outDir: string): Promise<WebBuild> {
  // A build made beforehand (JUESUAN_E2E_BUILD=<dir> with <dir>/../stats.json, as this function writes them) saves
  // minutes when re-running scenarios on a busy machine; the test run itself builds fresh by default.
  const prebuilt = process.env.JUESUAN_E2E_BUILD;
  if (prebuilt) return readBuild(prebuilt);
  const statsFile = join(outDir, '..', 'stats.json');
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const args = [cli, '--mode', 'production', '--env', 'web', '--env', `outDir=${outDir}`, '--json', statsFile];
  try {
    await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `webpack 构建网页失败（web build failed）：${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`,
    );
  }
  return readBuild(outDir);
}

function readBuild(outDir: string): WebBuild {
  const stats = JSON.parse(readFileSync(join(outDir, '..', 'stats.json'), 'utf8')) as { chunks: StatsChunk[] };
  const js = (c: StatsChunk) => c.files.filter((f) => f.endsWith('.js'));
  const initial = stats.chunks.filter((c) => c.initial);
  const lazy = stats.chunks.filter((c) => !c.initial);
  return {
    dir: outDir,
    initialFiles: initial.flatMap(js),
    lazyFiles: lazy.flatMap(js),
    initialModules: initial.flatMap((c) => moduleNames(c.modules)),
    lazyModules: lazy.flatMap((c) => moduleNames(c.modules)),
  };
}

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}
