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
  private readonly hashes = new Int32Array(SLOTS);
  /** UNKNOWN marks an empty slot. */
  private readonly verdicts = new Uint8Array(SLOTS);
  private readonly offsets = new Int32Array(SLOTS);
  private readonly lengths = new Int32Array(SLOTS);
  private readonly pool = new Uint16Array(POOL_SIZE);
  private poolUsed = 0;
  private size = 0;

  /** The verdict remembered for `text[start, end)` (`hash` its keyHash), or UNKNOWN. */
  verdict(text: string, start: number, end: number, hash: number): number {
    const { hashes, verdicts, offsets, lengths, pool } = this;
    const length = end - start;
    let slot = hash & (SLOTS - 1);
    for (let verdict = verdicts[slot]!; verdict !== UNKNOWN; verdict = verdicts[slot]!) {
      if (hashes[slot] === hash && lengths[slot] === length) {
        const at = offsets[slot]! - start;
        let k = start;
        while (k < end && pool[at + k] === text.charCodeAt(k)) k++;
        if (k === end) return verdict;
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    return UNKNOWN;
  }

  /** Remembers a verdict for a word the memo does not hold yet. */
  remember(text: string, start: number, end: number, hash: number, verdict: typeof NO | typeof YES): void {
    const length = end - start;
    // Open addressing slows down as the table fills, and the pool is finite: start afresh then (a long
    // text of new words only). A word too long for the pool is simply not remembered.
    if (length > POOL_SIZE) return;
    if (this.size >= SLOTS / 2 || this.poolUsed + length > POOL_SIZE) {
      this.verdicts.fill(UNKNOWN);
      this.size = 0;
      this.poolUsed = 0;
    }
    let slot = hash & (SLOTS - 1);
    while (this.verdicts[slot] !== UNKNOWN) slot = (slot + 1) & (SLOTS - 1);
    for (let k = 0; k < length; k++) this.pool[this.poolUsed + k] = text.charCodeAt(start + k);
    this.hashes[slot] = hash;
    this.verdicts[slot] = verdict;
    this.offsets[slot] = this.poolUsed;
    this.lengths[slot] = length;
    this.poolUsed += length;
    this.size++;
  }
}
