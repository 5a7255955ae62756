/** `npm run corpus -- --scale N --out <dir> [--without-tables]`: writes a synthetic SEC-shaped store (see generate-corpus.ts). */
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.js';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, out: { type: 'string', default: 'bench/.corpus/scale-1' }, seed: { type: 'string' }, 'without-tables': { type: 'boolean', default: false } } });
const scale = Number(values.scale);
if (!(scale > 0)) {
  console.error(`corpus: --scale must be a positive number, not ${values.scale}`);
  process.exit(2);
}
const planted = generateCorpus(values.out, { scale, tables: !values['without-tables'], ...(values.seed ? { seed: Number(values.seed) } : {}) });
console.log(`wrote a synthetic corpus at scale ${scale} to ${values.out} (${planted.length} planted defects in planted.json)`);
