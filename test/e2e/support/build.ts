import { execFile } from 'child_process';
import { createHash } from 'crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { promisify } from 'util';
import { gzipSync } from 'zlib';

/**
 * The production build of the web page, made by webpack itself (as `npm run build:web`). Several e2e files need it;
 * a build takes minutes on 2 cores, so it is kept in the OS temp folder under the hash of everything it is made
 * from (src, assets, webpack/TypeScript config, package-lock.json): a changed source gives a new build, an unchanged
 * tree reuses it. JUESUAN_E2E_FRESH=1 always builds.
 */

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

const BUILD_INPUTS = ['src', 'assets', 'webpack.config.js', 'tsconfig.json', 'package-lock.json'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** Hash of the build's inputs: every file's path and content. */
export function buildKey(): string {
  const h = createHash('sha256');
  for (const f of BUILD_INPUTS.flatMap((p) => filesUnder(join(ROOT, p)))) {
    h.update(relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

export async function buildWeb(outDir: string): Promise<WebBuild> {
  // A build made beforehand (JUESUAN_E2E_BUILD=<dir> with <dir>/../stats.json, as this function writes them).
  const prebuilt = process.env.JUESUAN_E2E_BUILD;
  if (prebuilt) return readBuild(prebuilt);
  const cached = join(tmpdir(), 'juesuan-e2e-build', buildKey());
  const fresh = process.env.JUESUAN_E2E_FRESH === '1';
  if (!fresh && existsSync(join(cached, 'stats.json')) && existsSync(join(cached, 'web', 'index.html')))
    return readBuild(join(cached, 'web'));
  await webpackBuild(outDir);
  // Keep it for the next e2e file: copied whole, then renamed into place (a half-copied build is never reused).
  const staging = `${cached}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  cpSync(outDir, join(staging, 'web'), { recursive: true });
  cpSync(join(outDir, '..', 'stats.json'), join(staging, 'stats.json'));
  rmSync(cached, { recursive: true, force: true });
  renameSync(staging, cached);
  return readBuild(join(cached, 'web'));
}

async function webpackBuild(outDir: string): Promise<void> {
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
