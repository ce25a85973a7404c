/* eslint-disable no-console */
/**
 * Builds the Excel add-in's task pane (taskpane.html) and, once src/web/index.tsx exists, the standalone web page
 * (index.html) — laid out like the `yo office` React TypeScript template.
 *
 *   npx webpack --mode production       → dist/, manifest URLs rewritten from https://localhost:3000/ to $ADDIN_ORIGIN
 *   npx webpack serve --mode development → https://localhost:3000 (dev certificates from office-addin-dev-certs)
 *   npx webpack --mode production --env web [--env outDir=DIR] → the web page alone (index.html, relative URLs) in
 *                                         dist/web/ (or DIR): static files any intranet web server can host
 *   npm run web (webpack serve --env web) → the web page alone on http://localhost:8080/ with the CSP header
 *
 * Environment:
 *   ADDIN_ORIGIN   where dist/ will be served in production, e.g. https://addins.example.gov.cn/juesuan/
 *   OFFICE_JS_DIR  a local copy of office.js (folder with office.js, o15apptofilemappingtable.js, host and locale
 *                  files) for internal deployments without Internet access: copied to dist/office/ and used instead of
 *                  Microsoft's CDN (engineering-notes.md: the npm copy is not officially supported; store add-ins use the CDN)
 *   OFFICE_JS_URL  any other office.js URL
 */
const fs = require('fs');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000/';
const WEB_PORT = Number(process.env.WEB_PORT || 8080);

/**
 * Content-Security-Policy of the web page (meta tag in src/web/index.html, header of `npm run web` and of the e2e
 * server): nothing but the page's own origin.
 * - default-src 'self' covers scripts, lazy chunks, the icon and the dev server's websocket (CSP3 'self' matches ws:).
 * - script-src 'self': webpack emits only <script src> files (HtmlWebpackPlugin, lazy chunks), no inline script.
 * - style-src: Griffel (Fluent UI v9's CSS-in-JS) and FluentProvider's theme variables create EMPTY <style> elements
 *   and fill them with CSSStyleSheet.insertRule, which CSP does not govern. The element itself is an inline style
 *   block, checked against its text: the hash of the empty string ('sha256-47DEQ…' = sha256 of '') lets exactly those
 *   empty elements through, so 'unsafe-inline' is not needed. Without it Chromium refuses the element (its `sheet` is
 *   null: Fluent renders unstyled) and itself suggests this hash (measured with test/e2e). React `style` props and
 *   Fluent's positioning set element.style through CSSOM, which CSP does not restrict either.
 * - no blob:/data:. Downloads are blob: URLs opened by an <a download> click, a navigation CSP does not restrict; no
 *   blob: workers (批量审核's Web Workers are chunk files of this origin, which worker-src falls back to script-src
 *   'self' for); Fluent's CSS has no data: images. (frame-ancestors would need a header: a meta tag ignores it.)
 */
const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * The pane's JavaScript, dependencies included, transpiled to what Excel's oldest supported webviews parse: the
 * WebKit of Safari 14 (Excel for Mac on older macOS) — the era of BigInt, which the engine's decimal arithmetic
 * needs and which cannot be transpiled. Syntax only: no polyfills are injected (useBuiltIns false).
 */
const BABEL = {
  loader: 'babel-loader',
  options: {
    babelrc: false,
    configFile: false,
    // Outside node_modules (a shared symlink in some checkouts): the OS temp folder.
    cacheDirectory: path.join(require('os').tmpdir(), 'juesuan-babel-cache'),
    sourceType: 'unambiguous',
    presets: [['@babel/preset-env', { targets: { safari: '14', ios: '14' }, modules: false, bugfixes: true }]],
  },
};
const PORT = Number(process.env.PORT || 3000);

/** https options from office-addin-dev-certs, or undefined (→ http) when the certificates are unavailable. */
async function devHttpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (e) {
    console.warn(
      `\n[juesuan] 无法取得本机 HTTPS 开发证书（${e && e.message ? e.message : e}），开发服务器改用 http://localhost:${PORT}。` +
        '\n[juesuan] Office 只加载 https 的加载项：请在自己的电脑上运行 `npx office-addin-dev-certs install` 后重试。\n',
    );
    return undefined;
  }
}

/** Rewrites the manifest's dev URLs for production; without ADDIN_ORIGIN it keeps them and says so. */
function manifestTransform(dev) {
  return (content) => {
    const origin = process.env.ADDIN_ORIGIN;
    if (dev) return content;
    if (!origin) {
      console.warn('[juesuan] 未设置 ADDIN_ORIGIN：dist/manifest.xml 仍指向 https://localhost:3000/。');
      return content;
    }
    if (!/^https:\/\//.test(origin)) throw new Error(`ADDIN_ORIGIN 必须以 https:// 开头：${origin}`);
    const base = origin.endsWith('/') ? origin : `${origin}/`;
    // Full URLs get the base (which may have a path); AppDomain entries are origins only.
    return content.toString().split(DEV_ORIGIN).join(base).split(DEV_ORIGIN.slice(0, -1)).join(new URL(base).origin);
  };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === 'development';
  const webOnly = Boolean(env.web);
  const localOfficeJs = process.env.OFFICE_JS_DIR;
  const officeJs = process.env.OFFICE_JS_URL || (localOfficeJs ? 'office/office.js' : OFFICE_JS_CDN);

  const pages = [
    {
      name: 'taskpane',
      // The ES5 boot script first: it shows "cannot run here" where the pane's bundle cannot parse (src/boot/boot.js).
      boot: './src/boot/boot.js',
      entry: './src/taskpane/index.tsx',
      template: './src/taskpane/taskpane.html',
      file: 'taskpane.html',
    },
    { name: 'web', entry: './src/web/index.tsx', template: './src/web/index.html', file: 'index.html' },
  ]
    .filter((p) => !webOnly || p.name === 'web')
    .filter((p) => fs.existsSync(path.join(__dirname, p.entry)));
  if (pages.length === 0) throw new Error('没有可构建的入口：src/taskpane/index.tsx 与 src/web/index.tsx 都不存在。');

  const copy = [{ from: 'assets/*', to: 'assets/[name][ext]' }];
  if (!webOnly) copy.push({ from: 'manifest.xml', to: 'manifest.xml', transform: manifestTransform(dev) });
  if (localOfficeJs && !webOnly) copy.push({ from: localOfficeJs, to: 'office' });

  const serving = Boolean(env.WEBPACK_SERVE);
  // The web page needs no https (no Office host): plain http on localhost.
  const https = serving && !webOnly ? await devHttpsOptions() : undefined;
  const outDir = env.outDir ? path.resolve(env.outDir) : path.join(__dirname, webOnly ? 'dist/web' : 'dist');

  return {
    devtool: dev ? 'source-map' : false,
    entry: Object.fromEntries(
      pages.flatMap((p) => [[p.name, p.entry], ...(p.boot && fs.existsSync(p.boot) ? [['boot', p.boot]] : [])]),
    ),
    // webpack's own runtime code in ES5, so that the boot bundle parses in any webview (IE11 included).
    target: ['web', 'es5'],
    // publicPath 'auto': script and chunk URLs relative to the page, so dist/ works under any folder of any server.
    output: {
      path: outDir,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            BABEL,
            {
              loader: 'ts-loader',
              // Type checking is `npm run typecheck`; ES modules let webpack tree-shake Fluent UI.
              options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'es2020', sourceMap: dev } },
            },
          ],
        },
        // Dependencies too: a Fluent UI v9 dependency ships class static blocks (Safari 16.4+), a parse error in
        // older WebKit — the blank pane of Excel for Mac (issue 17).
        { test: /\.m?js$/, exclude: /[\\/]node_modules[\\/](core-js|exceljs)[\\/]|[\\/]src[\\/]boot[\\/]/, use: BABEL },
        {
          test: /\.(png|jpg|jpeg|gif|ico|woff2?)$/,
          type: 'asset/resource',
          generator: { filename: 'assets/[name][ext]' },
        },
      ],
    },
    plugins: [
      ...pages.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: p.file,
            template: fs.existsSync(path.join(__dirname, p.template)) ? p.template : './src/taskpane/taskpane.html',
            chunks: p.boot ? ['boot', p.name] : [p.name],
            chunksSortMode: 'manual',
            officeJs: p.name === 'taskpane' ? officeJs : '',
            csp: WEB_CSP,
            title: '决算公开助手',
          }),
      ),
      new CopyWebpackPlugin({ patterns: copy }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The big libraries the pages load on demand, under names that say what they are.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', priority: 20 },
          docx: { test: /[\\/]node_modules[\\/]docx[\\/]/, name: 'docx', chunks: 'async', priority: 20 },
        },
      },
    },
    // Budgets on raw size: the task pane's entry (Fluent UI + the whole engine) is ~660 KB raw, ~200 KB gzip
    // (docs/performance.md); a warning past 700 KB flags growth.
    performance: {
      maxAssetSize: 700 * 1024,
      maxEntrypointSize: 700 * 1024,
      // ExcelJS ships minified (~250 KB gzip) and loads only once a file is opened.
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('exceljs.'),
    },
    devServer: webOnly
      ? {
          headers: { 'Content-Security-Policy': WEB_CSP },
          server: { type: 'http' },
          host: 'localhost',
          port: WEB_PORT,
          // The overlay would be injected as inline markup; build errors show in the terminal.
          client: { overlay: false },
        }
      : {
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: https ? { type: 'https', options: https } : { type: 'http' },
          port: PORT,
          onListening: () => console.log(sideloadHelp(https ? 'https' : 'http')),
        },
  };
};

/** What `npm start` prints once the task pane is served: how to load manifest.xml into Excel (docs/addin.md). */
const sideloadHelp = (protocol) => `
[juesuan] 任务窗格已在 ${protocol}://localhost:${PORT}/taskpane.html 提供（Office 只加载 https）。在 Excel 中加载 manifest.xml（旁加载 sideload）：
  Windows / Mac 桌面版：在本机运行  npx office-addin-debugging start manifest.xml  （需先 npx office-addin-dev-certs install），
                        或把 manifest.xml 放入共享文件夹目录，在 Excel“插入 → 我的加载项 → 共享文件夹”中添加；
  Excel 网页版：        “插入 → 加载项 → 我的加载项 → 上传我的加载项”，选择本仓库的 manifest.xml。
  然后在“开始”选项卡点击“决算公开助手”。无法加载加载项的电脑请用网页版（npm run web）或命令行（npx juesuan）。
`;

module.exports.WEB_CSP = WEB_CSP;
