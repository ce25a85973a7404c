import { GridReadError, type GridReadErrorCode } from '../../src/io/workbook';

/** Memory the process holds outside the code: heap plus buffers (what inflating a bomb would grow). */
export function memoryInUse(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
}

/**
 * Runs a read that must be refused; returns the error, the time taken and how much the memory in use grew.
 * The error must be a GridReadError with the expected code and a one-line Chinese + English message.
 */
export async function refused(
  read: () => Promise<unknown>,
  code: GridReadErrorCode,
): Promise<{ error: GridReadError; ms: number; grewBytes: number }> {
  const mem0 = memoryInUse();
  const t0 = Date.now();
  let error: unknown;
  let peak = mem0;
  const timer = setInterval(() => (peak = Math.max(peak, memoryInUse())), 5);
  try {
    await read();
  } catch (e) {
    error = e;
  } finally {
    clearInterval(timer);
  }
  const ms = Date.now() - t0;
  peak = Math.max(peak, memoryInUse());
  expect(error).toBeInstanceOf(GridReadError);
  const e = error as GridReadError;
  expect([e.code, e.message]).toEqual([code, e.message]);
  expectOneLineReason(e.message);
  return { error: e, ms, grewBytes: peak - mem0 };
}

/** One line, Chinese first, an English reason in parentheses, no stack trace. */
export function expectOneLineReason(message: string): void {
  const text = message.trim();
  expect(text).not.toContain('\n');
  expect(text).toMatch(/^[^（]*[\u4e00-\u9fff]/);
  expect(text).toMatch(/（[^）]*[A-Za-z]{3,}[^）]*）/);
  expect(text).not.toMatch(/\bat .*:\d+:\d+|Error:|内部错误/);
}
