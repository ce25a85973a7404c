/** Saves bytes as a file through the browser's download (a blob: URL clicked on an <a download>; nothing is sent). */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started by now; the URL is kept a little for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 「原名-已更新.xlsx」: the updated copy never has the same name as the file the user opened. */
export function updatedName(name: string): string {
  const base = name.replace(/\.xlsx$/i, '');
  return `${base}-已更新.xlsx`;
}
