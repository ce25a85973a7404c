/**
 * Saves bytes or text as a file in the browser: a Blob behind an object URL, clicked through a temporary <a download>.
 * Nothing leaves the machine. (In Excel desktop's webview the browser's download prompt appears.)
 */
export function downloadBytes(data: Uint8Array | string, fileName: string, mime: string): void {
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
