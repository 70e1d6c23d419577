import { FIELD_START, detectInField, fieldStateAfter, type FieldState } from "./detect.ts";
import { lineContextKey } from "./bsn/line-context.ts";
import type { DetectOptions, Finding } from "./types.ts";

// Re-scanning after one keystroke must not redo the whole field. A paragraph's findings depend only
// on its own text and on the small state the paragraphs before it leave (detect.ts, FieldState: was
// a specific person named, is this line in a table with a BSN column). So each paragraph's findings
// are cached by its text and the state it starts in, and shifted to where the paragraph now starts;
// the state after a paragraph is cached the same way, and worked out only when a paragraph follows.
// An edit in the first paragraph can so change the findings of the third, exactly as a full scan would.

const MAX_CACHED = 256;

export interface IncrementalDetector {
  detect(text: string): Finding[];
  /** Paragraphs scanned (not served from cache) since creation: for the benchmark and tests. */
  readonly scanned: number;
}

interface Variant {
  /** Findings with offsets into the paragraph. */
  found: Finding[];
  /** The same moved to where the paragraph starts, by start offset: a paragraph that did not move
   * allocates nothing on the next keystroke. */
  placed: Map<number, Finding[]>;
  /** The state the next paragraph starts in, once asked for. */
  after?: FieldState;
}

interface Cached {
  /** By the key of the state the paragraph starts in: nearly always one. */
  variants: Map<string, Variant>;
  /** The call that last saw this paragraph (eviction keeps what the current text uses). */
  used: number;
}

/** Placements kept per paragraph: a paragraph rarely sits at more than a few offsets in one text. */
const MAX_PLACEMENTS = 8;

const stateKey = (s: FieldState) => (s.personBefore ? "p" : "-") + (s.topicList ? "t" : "-") + s.topics + lineContextKey(s.lines);

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
      let state = FIELD_START;
      let start = 0;
      while (start <= text.length) {
        let end = text.indexOf("\n", start);
        if (end < 0) end = text.length;
        if (end > start) {
          const paragraph = text.slice(start, end);
          let entry = cache.get(paragraph);
          if (!entry) {
            entry = { variants: new Map(), used: now };
            cache.set(paragraph, entry);
          }
          entry.used = now;
          const key = stateKey(state);
          let variant = entry.variants.get(key);
          if (!variant) {
            variant = { found: detectInField(paragraph, options, state), placed: new Map() };
            entry.variants.set(key, variant);
            scanned++;
          }
          let placed = variant.placed.get(start);
          if (!placed) {
            if (variant.placed.size >= MAX_PLACEMENTS) variant.placed.clear();
            const at = start;
            placed = variant.found.map((f) => ({ ...f, start: f.start + at, end: f.end + at }));
            variant.placed.set(at, placed);
          }
          for (const f of placed) out.push(f);
          // The last paragraph's state is never needed: the keystroke's paragraph is often the last.
          if (end < text.length) state = variant.after ??= fieldStateAfter(paragraph, state, options);
        } else if (end < text.length) {
          state = fieldStateAfter("", state, options);
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
