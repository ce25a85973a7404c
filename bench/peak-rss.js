/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports -- preloaded with node -r, no build step */
/* Preloaded (node -r) into a measured process: on exit, appends its wall time, CPU time and peak RSS (VmHWM) to the file in
   JUESUAN_PEAK_FILE, one JSON line. Used by bench/process.ts. */
const fs = require('fs');
const start = Date.now();
process.on('exit', () => {
  const file = process.env.JUESUAN_PEAK_FILE;
  if (!file) return;
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  const cpu = process.cpuUsage(); // user + system µs of all the process's threads (V8's compiler threads too)
  const line = {
    ms: Date.now() - start,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: m ? Number(m[1]) / 1024 : null,
  };
  fs.appendFileSync(file, JSON.stringify(line) + '\n');
});
