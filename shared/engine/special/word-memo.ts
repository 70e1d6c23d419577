// A memo of yes/no verdicts on words, keyed by the word's keyHash and checked against the word
// itself, so a hash collision can never hand one word's verdict to another. The pre-scan asks it for
// every long word of every text. Everything lives in typed arrays, the words' characters included
// (one pool), so a hit reads a few adjacent cache lines instead of a string somewhere on the heap:
// the string comparison was most of the pre-scan's spelling time.

const SLOTS = 1 << 13;
/** Characters the pool holds before the memo starts afresh. */
const POOL_SIZE = 1 << 16;

export const UNKNOWN = 0;
export const NO = 1;
export const YES = 2;

export class WordMemo {
  /**
   * Per slot, side by side: the hash, the word's length, its offset in `pool` and the verdict (UNKNOWN
   * marks an empty slot), so a probe reads one cache line rather than one in each of four arrays.
   */
  private readonly slots = new Int32Array(SLOTS * 4);
  private readonly pool = new Uint16Array(POOL_SIZE);
  private poolUsed = 0;
  private size = 0;

  /** The verdict remembered for `text[start, end)` (`hash` its keyHash), or UNKNOWN. */
  verdict(text: string, start: number, end: number, hash: number): number {
    const { slots, pool } = this;
    const length = end - start;
    let slot = (hash & (SLOTS - 1)) << 2;
    for (let verdict = slots[slot + 3]!; verdict !== UNKNOWN; verdict = slots[slot + 3]!) {
      if (slots[slot] === hash && slots[slot + 1] === length) {
        const at = slots[slot + 2]! - start;
        let k = start;
        while (k < end && pool[at + k] === text.charCodeAt(k)) k++;
        if (k === end) return verdict;
      }
      slot = (slot + 4) & (SLOTS * 4 - 1);
    }
    return UNKNOWN;
  }

  /** Remembers a verdict for a word the memo does not hold yet. */
  remember(text: string, start: number, end: number, hash: number, verdict: typeof NO | typeof YES): void {
    const length = end - start;
    // Open addressing slows down as the table fills, and the pool is finite: start afresh then (a long
    // text of new words only). A word too long for the pool is simply not remembered.
    if (length > POOL_SIZE) return;
    const slots = this.slots;
    if (this.size >= SLOTS / 2 || this.poolUsed + length > POOL_SIZE) {
      slots.fill(UNKNOWN);
      this.size = 0;
      this.poolUsed = 0;
    }
    let slot = (hash & (SLOTS - 1)) << 2;
    while (slots[slot + 3] !== UNKNOWN) slot = (slot + 4) & (SLOTS * 4 - 1);
    for (let k = 0; k < length; k++) this.pool[this.poolUsed + k] = text.charCodeAt(start + k);
    slots[slot] = hash;
    slots[slot + 1] = length;
    slots[slot + 2] = this.poolUsed;
    slots[slot + 3] = verdict;
    this.poolUsed += length;
    this.size++;
  }
}
