import { detect } from "./detect.ts";
import type { DetectOptions, Finding } from "./types.ts";

// Re-scanning after one keystroke must not redo the whole field. Findings never depend on text in
// another paragraph (sentences, labels and the BSN keyword window all stop at a line break), so each
// paragraph's findings are cached by its text and shifted to where the paragraph now starts.

const MAX_CACHED = 2048;

export interface IncrementalDetector {
  detect(text: string): Finding[];
  /** Paragraphs scanned (not served from cache) since creation: for the benchmark and tests. */
  readonly scanned: number;
}

interface Cached {
  /** Findings with offsets into the paragraph. */
  found: Finding[];
  /** The same moved to where the paragraph started in the last text, by start offset: a paragraph that
   * did not move allocates nothing on the next keystroke. */
  placed: Map<number, Finding[]>;
}

export function createIncrementalDetector(options: Omit<DetectOptions, "suppressed"> = {}): IncrementalDetector {
  const cache = new Map<string, Cached>();
  let scanned = 0;
  return {
    get scanned() { return scanned; },
    detect(text: string): Finding[] {
      const out: Finding[] = [];
      const next = new Map<string, Cached>();
      let start = 0;
      while (start <= text.length) {
        let end = text.indexOf("\n", start);
        if (end < 0) end = text.length;
        const paragraph = text.slice(start, end);
        if (paragraph.length) {
          const old = cache.get(paragraph);
          let entry = next.get(paragraph);
          if (!entry) {
            const found = old?.found ?? detect(paragraph, options);
            if (!old) scanned++;
            entry = { found, placed: new Map() };
            next.set(paragraph, entry);
          }
          const at = start;
          // Only the placements this text uses are carried over, so the map never grows with edits.
          const placed = old?.placed.get(at) ?? entry.found.map((f) => ({ ...f, start: f.start + at, end: f.end + at }));
          entry.placed.set(at, placed);
          for (const f of placed) out.push(f);
        }
        start = end + 1;
      }
      // Remember this text's paragraphs (most recent last) plus older ones for undo, up to MAX_CACHED.
      // Updating in place: copying a map of 2,048 paragraphs on every keystroke cost more than the scan.
      for (const [paragraph, entry] of next) {
        cache.delete(paragraph);
        cache.set(paragraph, entry);
      }
      for (const oldest of cache.keys()) {
        if (cache.size <= Math.max(MAX_CACHED, next.size)) break;
        cache.delete(oldest);
      }
      return out;
    },
  };
}
