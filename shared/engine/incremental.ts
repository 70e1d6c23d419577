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

export function createIncrementalDetector(options: Omit<DetectOptions, "suppressed"> = {}): IncrementalDetector {
  const cache = new Map<string, Finding[]>();
  let scanned = 0;
  return {
    get scanned() { return scanned; },
    detect(text: string): Finding[] {
      const out: Finding[] = [];
      const next = new Map<string, Finding[]>();
      let start = 0;
      while (start <= text.length) {
        let end = text.indexOf("\n", start);
        if (end < 0) end = text.length;
        const paragraph = text.slice(start, end);
        if (paragraph.length) {
          let found = next.get(paragraph) ?? cache.get(paragraph);
          if (!found) {
            found = detect(paragraph, options);
            scanned++;
          }
          next.set(paragraph, found);
          for (const f of found) out.push({ ...f, start: f.start + start, end: f.end + start });
        }
        start = end + 1;
      }
      // Remember this text's paragraphs (most recent last) plus older ones for undo, up to MAX_CACHED.
      // Updating in place: copying a map of 2,048 paragraphs on every keystroke cost more than the scan.
      for (const [paragraph, found] of next) {
        cache.delete(paragraph);
        cache.set(paragraph, found);
      }
      for (const oldest of cache.keys()) {
        if (cache.size <= Math.max(MAX_CACHED, next.size)) break;
        cache.delete(oldest);
      }
      return out;
    },
  };
}
