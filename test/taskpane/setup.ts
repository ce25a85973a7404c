/**
 * jsdom lacks a few browser APIs the pane and its libraries use; each test file imports this first.
 * Downloads are recorded instead of navigating (jsdom implements neither object URLs nor navigation).
 */
import { TextDecoder, TextEncoder } from 'util';

const g = globalThis as Record<string, unknown>;
if (!g.TextEncoder) g.TextEncoder = TextEncoder;
if (!g.TextDecoder) g.TextDecoder = TextDecoder;
if (!g.structuredClone) g.structuredClone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
if (typeof window !== 'undefined' && !window.matchMedia)
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
if (typeof window !== 'undefined' && !('ResizeObserver' in window))
  (window as unknown as Record<string, unknown>).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };

export interface Download {
  readonly name: string;
  readonly blob: Blob;
}

/** Files the pane offered for download, in order. */
export const downloads: Download[] = [];
const blobs = new Map<string, Blob>();
let next = 0;
URL.createObjectURL = (blob: Blob) => {
  const url = `blob:test/${++next}`;
  blobs.set(url, blob);
  return url;
};
URL.revokeObjectURL = (url: string) => void blobs.delete(url);
if (typeof HTMLAnchorElement !== 'undefined')
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) downloads.push({ name: this.download, blob });
  };

/** Bytes of a Blob (jsdom's Blob has no arrayBuffer()). */
export function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
