import { readFileSync } from 'fs';

/**
 * How busy the machine was during a measurement, from /proc/stat (all CPUs) minus this process and the children
 * it waited for (/proc/self/stat utime+stime+cutime+cstime): figures taken while other processes used the cores
 * are slower than the code, and the report prints this beside them. Linux only (elsewhere: undefined).
 */
export interface CpuShare {
  readonly wallMs: number;
  /** Cores' worth of CPU this process (with its worker threads and waited-for children) used on average. */
  readonly ownCores: number;
  /** Cores' worth of CPU every other process used on average. */
  readonly otherCores: number;
  readonly cores: number;
}

const TICK_MS = 10; // USER_HZ = 100 on Linux

function machineTicks(): { busy: number; cores: number } | undefined {
  try {
    const lines = readFileSync('/proc/stat', 'utf8').split('\n');
    const f = lines[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3] + (f[4] ?? 0);
    const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, cores: lines.filter((l) => /^cpu\d/.test(l)).length };
  } catch {
    return undefined;
  }
}

function ownTicks(): number {
  const s = readFileSync('/proc/self/stat', 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  // Fields 14–17 (1-based, counting pid and comm): utime, stime, cutime, cstime; f[0] is field 3.
  return Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
}

export function cpuWatch(): () => CpuShare | undefined {
  const m0 = machineTicks();
  if (!m0) return () => undefined;
  const o0 = ownTicks();
  const t0 = Date.now();
  return () => {
    const m1 = machineTicks()!;
    const wallMs = Math.max(1, Date.now() - t0);
    const own = (ownTicks() - o0) * TICK_MS;
    const busy = (m1.busy - m0.busy) * TICK_MS;
    const r = (x: number) => Math.round(x * 100) / 100;
    return { wallMs, ownCores: r(own / wallMs), otherCores: r(Math.max(0, busy - own) / wallMs), cores: m1.cores };
  };
}

/** "others 1.3 of 2 cores" */
export function fmtCpu(c: CpuShare | undefined): string {
  return c ? `其他进程 ${c.otherCores.toFixed(2)} / ${c.cores} 核（本进程 ${c.ownCores.toFixed(2)}）` : '—';
}
