// One shadow-root host per guarded field, placed right after the field (not at <body>), so it shares
// the field's containing block and stacking context and follows it when the page scrolls.
// Closed shadow root: the page's styles cannot reach in, ours cannot leak out.

export interface FieldHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where the overlay mirror and badge live, positioned over the field's box. */
  frame: HTMLElement;
  place(): void;
  remove(): void;
}

const HOST_TAG = "dpa-guard-field";

export function createFieldHost(field: HTMLElement, signal: AbortSignal): FieldHost {
  const host = field.ownerDocument.createElement(HOST_TAG);
  // Quirk: a sibling can still be caught by the page's `* { }` or `div + input` rules; a custom element
  // name with all: initial and no layout of its own keeps it out of the flow and of most selectors.
  host.style.cssText = "all:initial;position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483646;";
  const root = host.attachShadow({ mode: "closed" });
  const frame = field.ownerDocument.createElement("div");
  frame.style.cssText = "position:absolute;pointer-events:none;overflow:visible;";
  root.append(frame);
  field.insertAdjacentElement("afterend", host);

  const place = () => {
    // offsetLeft/Top are relative to the offsetParent the host shares with the field.
    frame.style.left = `${field.offsetLeft}px`;
    frame.style.top = `${field.offsetTop}px`;
    frame.style.width = `${field.offsetWidth}px`;
    frame.style.height = `${field.offsetHeight}px`;
  };
  place();
  const observer = new ResizeObserver(place);
  observer.observe(field);
  const win = field.ownerDocument.defaultView;
  win?.addEventListener("resize", place, { signal, passive: true });
  const remove = () => {
    observer.disconnect();
    host.remove();
  };
  signal.addEventListener("abort", remove, { once: true });
  return { host, root, frame, place, remove };
}
