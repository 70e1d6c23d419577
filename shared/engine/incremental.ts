import { detect } from "./detect.ts";
import type { DetectOptions, Finding } from "./types.ts";

// Re-scanning after one keystroke must not redo the whole field. Findings never depend on text in
// another paragraph (sentences, labels and the BSN keyword window all stop at a line break), so each
// paragraph's findings are cached by its text and shifted to where the paragraph now starts.

const MAX_CACHED = 256;

export interface IncrementalDetector {
  detect(text: string): Finding[];
  /** Paragraphs scanned (not served from cache) since creation: for the benchmark and tests. */
  readonly scanned: number;
}

interface Cached {
  /** Findings with offsets into the paragraph. */
  found: Finding[];
  /** The same moved to where the paragraph starts, by start offset: a paragraph that did not move
   * allocates nothing on the next keystroke. */
  placed: Map<number, Finding[]>;
  /** The call that last saw this paragraph (eviction keeps what the current text uses). */
  used: number;
}

/** Placements kept per paragraph: a paragraph rarely sits at more than a few offsets in one text. */
const MAX_PLACEMENTS = 8;

export function createIncrementalDetector(options: Omit<DetectOptions, "suppressed"> = {}): IncrementalDetector {
  // Insertion order approximates age: eviction walks from the oldest and skips what is in use.
  const cache = new Map<string, Cached>();
  let scanned = 0;
  let call = 0;
  return {
    get scanned() { return scanned; },
    detect(text: string): Finding[] {
      const now = ++call;
      const out: Finding[] = [];
      let start = 0;
      while (start <= text.length) {
        let end = text.indexOf("\n", start);
        if (end < 0) end = text.length;
        if (end > start) {
          const paragraph = text.slice(start, end);
          let entry = cache.get(paragraph);
          if (!entry) {
            entry = { found: detect(paragraph, options), placed: new Map(), used: now };
            cache.set(paragraph, entry);
            scanned++;
          }
          entry.used = now;
          let placed = entry.placed.get(start);
          if (!placed) {
            if (entry.placed.size >= MAX_PLACEMENTS) entry.placed.clear();
            const at = start;
            placed = entry.found.map((f) => ({ ...f, start: f.start + at, end: f.end + at }));
            entry.placed.set(at, placed);
          }
          for (const f of placed) out.push(f);
        }
        start = end + 1;
      }
      // Older paragraphs stay for undo, up to MAX_CACHED; the ones this text uses are never evicted.
      if (cache.size > MAX_CACHED) {
        for (const [paragraph, entry] of cache) {
          if (cache.size <= MAX_CACHED) break;
          if (entry.used !== now) cache.delete(paragraph);
        }
      }
      return out;
    },
  };
}
