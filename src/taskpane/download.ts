/**
 * Can the pane save a file here? Excel for Mac ignores blob `<a download>` clicks (office-js#2700, #3385, #4681):
 * the button would silently do nothing. Windows (WebView2), Excel on the web and the web page download fine.
 */
export function downloadsWork(): boolean {
  const office = (globalThis as unknown as { Office?: { context?: { diagnostics?: { platform?: string } } } }).Office;
  return office?.context?.diagnostics?.platform !== 'Mac';
}

/** The web page next to the pane (index.html, built with it), where the same files can be downloaded. */
export function webPageUrl(): string {
  const href = typeof location === 'undefined' ? '' : location.href.split(/[?#]/)[0];
  return href.replace(/[^/]*$/, 'index.html');
}

/** What to do instead of a download in Excel for Mac (thrown by downloadBytes there; shown by the pane). */
export function macDownloadMessage(): string {
  return (
    'Excel for Mac 的任务窗格不能下载文件（Excel 会忽略下载，什么也不会发生）。请改用：情况说明可用「插入为工作表」或' +
    `「复制文字」后粘贴到 Word；报告与 Word 文件可在浏览器中打开网页版 ${webPageUrl()}，选择本工作簿后下载（工作簿不离开本机）。`
  );
}

/**
 * Saves bytes or text as a file in the browser: a Blob behind an object URL, clicked through a temporary <a download>.
 * Nothing leaves the machine. (In Excel desktop's webview the browser's download prompt appears.) In Excel for Mac,
 * where such a download is silently ignored, it throws an Error with macDownloadMessage() instead.
 */
export function downloadBytes(data: Uint8Array | string, fileName: string, mime: string): void {
  if (!downloadsWork()) throw new Error(macDownloadMessage());
  const blob = new Blob([data as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoke later: some browsers start the download asynchronously after the click.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}

export const MIME = {
  html: 'text/html;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The workbook's name without its extension, for download names ("赫山区2021.xlsx" → "赫山区2021"). */
export function baseName(name: string | undefined, fallback: string): string {
  const b = (name ?? '').replace(/^.*[\\/]/, '').replace(/\.(xlsx|xlsm|xls)$/i, '');
  return b || fallback;
}

/** Bytes of a File picked by the user (FileReader where Blob.arrayBuffer is missing). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}
