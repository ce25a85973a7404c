import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Debian's chromium driven by playwright-core (no browser download): a fresh profile, headless, with the background
 * services that would phone home switched off. CHROMIUM_PATH overrides the binary.
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const INSTALL_HINT = 'sudo apt-get install chromium fonts-wqy-microhei';

/** Fails with what to install when the browser or a Chinese font is missing (CI installs both: .ci/run). */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `找不到 Chromium（${CHROMIUM_PATH}），网页的端到端测试无法运行。请安装：${INSTALL_HINT}` +
        `，或用环境变量 CHROMIUM_PATH 指定浏览器（chromium not found: ${INSTALL_HINT}, or set CHROMIUM_PATH）`,
    );
  let fonts = '';
  try {
    fonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    return; // no fontconfig tools: let the screenshots show
  }
  if (fonts.trim() === '')
    throw new Error(`没有中文字体，截图中的汉字会显示为方框。请安装：${INSTALL_HINT}（no CJK font installed）`);
}

export async function launchChromium(): Promise<BrowserContext> {
  requireChromium();
  const profile = mkdtempSync(join(tmpdir(), 'juesuan-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    locale: 'zh-CN',
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--no-pings',
    ],
  });
}
