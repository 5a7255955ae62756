/** The tokenizer release and rebase merge with. */
import type { Tokenize } from '../merge/merge-texts.js';

// Placeholder until the redline engine's legal tokenizer lands: words with their trailing space.
export const releaseTokenizer: Tokenize = (text) => text.match(/\S+\s*|\s+/g) ?? [];
