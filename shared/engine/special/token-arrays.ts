import type { CompiledPattern } from "./patterns.ts";
import type { WordInfo } from "./word-table.ts";

/**
 * The detector's per-token arrays, reused across calls (the engine is synchronous, so one detection
 * runs at a time): five arrays made per call were a third of what a long text allocated besides its
 * tokens, and the scavenges during that text copied them. They grow to the longest text seen and are
 * made small again after it, so one long paste does not keep megabytes alive.
 */
export class TokenArrays {
  keys: (string[] | undefined)[] = [];
  candidates: (CompiledPattern[] | undefined)[] = [];
  /** The candidates' presence ids when they are one word's list (its `gates`); else read from each pattern. */
  gates: (Int32Array | undefined)[] = [];
  words: (WordInfo | undefined)[] = [];
  /** 1 where the candidates come from the parts of a hyphenated word only. */
  onlyPart: number[] = [];
  private capacity = 0;

  /** Ready for `n` tokens: `keys` and `onlyPart` cleared; the others are written for every token. */
  prepare(n: number): void {
    if (n > this.capacity || (this.capacity > 4096 && n < this.capacity >> 3)) {
      // Sized up front: filled from far into a long text, a growing array would turn into a dictionary.
      this.capacity = Math.max(n, 1024);
      this.keys = new Array(this.capacity);
      this.candidates = new Array(this.capacity);
      this.gates = new Array(this.capacity);
      this.words = new Array(this.capacity);
      this.onlyPart = new Array<number>(this.capacity).fill(0);
      return;
    }
    // A loop, not fill(): a builtin call each cost more than clearing the few tokens of most texts.
    const { keys, onlyPart } = this;
    for (let k = 0; k < n; k++) {
      keys[k] = undefined;
      onlyPart[k] = 0;
    }
  }
}
