// Reading the text of a contenteditable field with a map back to DOM positions, so a finding's
// offsets become a Range. Block elements (ProseMirror's <p>, Quill's <div>) count as line breaks.

export interface TextMap {
  text: string;
  /** For each text node, where its characters start in `text`. */
  nodes: { node: Text; start: number }[];
}

const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|TR|UL|OL|TABLE|SECTION|ARTICLE)$/;

export function readContentEditable(root: HTMLElement): TextMap {
  const parts: string[] = [];
  const nodes: TextMap["nodes"] = [];
  let length = 0;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      const value = (n as Text).data;
      nodes.push({ node: n as Text, start: length });
      parts.push(value);
      length += value.length;
    } else if ((n as Element).tagName === "BR" || (BLOCK.test((n as Element).tagName) && length > 0)) {
      parts.push("\n");
      length += 1;
    }
  }
  return { text: parts.join(""), nodes };
}

function position(map: TextMap, offset: number): { node: Text; offset: number } | undefined {
  // Binary search: the last text node starting at or before the offset.
  let lo = 0;
  let hi = map.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.nodes[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const entry = map.nodes[lo];
  if (!entry) return undefined;
  return { node: entry.node, offset: Math.min(offset - entry.start, entry.node.length) };
}

export function rangeFor(map: TextMap, start: number, end: number): Range | undefined {
  const a = position(map, start);
  const b = position(map, end);
  if (!a || !b) return undefined;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
