// Preloaded into a benchmarked secdraft process: writes its peak RSS (kB) where the bench asks.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.SECDRAFT_BENCH_RSS) writeFileSync(process.env.SECDRAFT_BENCH_RSS, String(process.resourceUsage().maxRSS));
});
