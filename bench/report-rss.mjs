// Preloaded into a benchmarked secdraft process: writes its peak RSS (kB) and CPU time (µs, user + system) where the bench asks.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (!process.env.SECDRAFT_BENCH_RSS) return;
  const usage = process.resourceUsage();
  writeFileSync(process.env.SECDRAFT_BENCH_RSS, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
});
