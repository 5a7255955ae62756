/**
 * Paragraphs that may be parallel: pairs that share enough rare three-word shingles. Its cost grows
 * with the text, not with the square of the paragraphs: a shingle found in more than
 * COMMON_SHINGLE paragraphs is boilerplate and pairs nothing.
 *
 * Built on typed arrays (an open-addressing table of shingles, postings laid out per shingle in
 * paragraph order) because this index is the checker's largest cost: 168,000 shingles at scale 1
 * of the synthetic corpus, where a Map of arrays took about 200 ms of cold code.
 */

const SHINGLE = 3;
/** A shingle in more paragraphs than this is boilerplate, not evidence of parallel text. */
const COMMON_SHINGLE = 24;
/** Share of the shorter paragraph's shingles that the pair must share. */
const SHARED_SHARE = 0.4;

/** The smallest power of two at least `n`. */
function powerOfTwo(n: number): number {
  let size = 1;
  while (size < n) size *= 2;
  return size;
}

/**
 * Pairs [a, b] (a < b, sorted) of the `count` paragraphs, whose lower-case words `wordsOf` gives,
 * that share at least 40% of the shorter one's shingles (and at least two), counting only shingles
 * in at most COMMON_SHINGLE paragraphs. Each paragraph's words are asked for once and may be
 * dropped after: they are read into small integers at once.
 */
export function candidatePairs(count: number, wordsOf: (paragraph: number) => readonly string[]): Array<[number, number]> {
  // Words become small integers, held in one flat list (a paragraph's words from wordsFrom[n]), so
  // that no word's string outlives its paragraph; each shingle becomes a 30-bit hash of three of
  // them. Two shingles that collide count as one (rare: one collision in 51,000 shingles at scale
  // 1), which can add a candidate or, by pushing a shingle past COMMON_SHINGLE, lose one.
  const ids = new Map<string, number>();
  const flat: number[] = [];
  const wordsFrom = new Int32Array(count + 1);
  let total = 0;
  for (let n = 0; n < count; n++) {
    wordsFrom[n] = flat.length;
    const words = wordsOf(n);
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      let id = ids.get(word);
      if (id === undefined) ids.set(word, (id = ids.size));
      flat.push(id);
    }
    total += Math.max(0, words.length - SHINGLE + 1);
  }
  wordsFrom[count] = flat.length;
  const sizeOf = (n: number) => (wordsFrom[n + 1] as number) - (wordsFrom[n] as number);
  const capacity = powerOfTwo(2 * total + 2);
  const keys = new Int32Array(capacity); // hash + 1; 0 is an empty slot
  const slotShingle = new Int32Array(capacity);
  // Each paragraph's distinct shingles, in order: which shingle, and its place in that shingle's postings.
  const entryShingle = new Int32Array(total);
  const entryPlace = new Int32Array(total);
  const entriesFrom = new Int32Array(count + 1);
  const postingsCount: number[] = []; // postings per shingle
  const lastParagraph: number[] = []; // a shingle counts once per paragraph
  let entries = 0;
  for (let n = 0; n < count; n++) {
    entriesFrom[n] = entries;
    let w0 = 0;
    let w1 = 0;
    const end = wordsFrom[n + 1] as number;
    for (let i = wordsFrom[n] as number, k = 0; i < end; i++, k++) {
      const w2 = flat[i] as number;
      if (k >= SHINGLE - 1) {
        const hash = (Math.imul(w0, 73856093) ^ Math.imul(w1, 19349663) ^ Math.imul(w2, 83492791)) & 0x3fffffff;
        let slot = hash & (capacity - 1);
        while (keys[slot] !== 0 && keys[slot] !== hash + 1) slot = (slot + 1) & (capacity - 1);
        let shingle: number;
        if (keys[slot] === 0) {
          keys[slot] = hash + 1;
          shingle = postingsCount.length;
          slotShingle[slot] = shingle;
          postingsCount.push(0);
          lastParagraph.push(-1);
        } else shingle = slotShingle[slot] as number;
        if (lastParagraph[shingle] !== n) {
          lastParagraph[shingle] = n;
          entryShingle[entries] = shingle;
          entryPlace[entries] = postingsCount[shingle] as number;
          postingsCount[shingle]!++;
          entries++;
        }
      }
      w0 = w1;
      w1 = w2;
    }
  }
  entriesFrom[count] = entries;
  // Postings per shingle, in paragraph order, one flat array.
  const postingsFrom = new Int32Array(postingsCount.length + 1);
  for (let s = 0; s < postingsCount.length; s++) postingsFrom[s + 1] = (postingsFrom[s] as number) + (postingsCount[s] as number);
  const postings = new Int32Array(entries);
  for (let n = 0; n < count; n++) {
    for (let e = entriesFrom[n] as number; e < (entriesFrom[n + 1] as number); e++) postings[(postingsFrom[entryShingle[e] as number] as number) + (entryPlace[e] as number)] = n;
  }
  // Count shared shingles paragraph by paragraph in a reused array: the paragraphs after this one
  // in a shingle's postings are those after its own place.
  const shared = new Int32Array(count);
  const touched: number[] = [];
  const pairs: Array<[number, number]> = [];
  for (let a = 0; a < count; a++) {
    for (let e = entriesFrom[a] as number; e < (entriesFrom[a + 1] as number); e++) {
      const s = entryShingle[e] as number;
      const n = postingsCount[s] as number;
      if (n < 2 || n > COMMON_SHINGLE) continue;
      const end = postingsFrom[s + 1] as number;
      for (let p = (postingsFrom[s] as number) + (entryPlace[e] as number) + 1; p < end; p++) {
        const b = postings[p] as number;
        if (shared[b] === 0) touched.push(b);
        shared[b]!++;
      }
    }
    for (const b of touched) {
      const shorter = Math.min(sizeOf(a), sizeOf(b));
      if ((shared[b] as number) >= Math.max(2, (shorter - SHINGLE + 1) * SHARED_SHARE)) pairs.push([a, b]);
      shared[b] = 0;
    }
    touched.length = 0;
  }
  // Sorted once here: a paragraph's touched list can run to hundreds, its pairs to a few.
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
