// A read-only map from 32-bit word hashes to short lists of small integers, in typed arrays.
// Map<number, …> is slow for these keys: most 32-bit hashes fall outside V8's small-integer range,
// so every lookup would hash a heap number. Open addressing over an Int32Array avoids that.

export interface HashLists {
  /** Start in `values` of the list stored for `hash`, or -1 when there is none. */
  find(hash: number): number;
  readonly values: Int32Array;
  /** End (exclusive) of the list that starts at `from`. */
  end(from: number): number;
}

export function buildHashLists(entries: Map<number, number[]>): HashLists {
  let size = 16;
  while (size < entries.size * 2) size *= 2;
  const mask = size - 1;
  const keys = new Int32Array(size);
  const used = new Uint8Array(size);
  const starts = new Int32Array(size);
  const total = [...entries.values()].reduce((s, l) => s + l.length, 0);
  const values = new Int32Array(total);
  const ends = new Int32Array(total + 1);
  let offset = 0;
  for (const [hash, list] of entries) {
    let slot = hash & mask;
    while (used[slot]) slot = (slot + 1) & mask;
    used[slot] = 1;
    keys[slot] = hash | 0;
    starts[slot] = offset;
    values.set(list, offset);
    ends[offset] = offset + list.length;
    offset += list.length;
  }
  return {
    values,
    find(hash: number): number {
      let slot = hash & mask;
      while (used[slot]) {
        if (keys[slot] === (hash | 0)) return starts[slot]!;
        slot = (slot + 1) & mask;
      }
      return -1;
    },
    end: (from: number) => ends[from]!,
  };
}
