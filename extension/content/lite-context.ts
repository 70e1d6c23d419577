// Stands in for WXT's ContentScriptContext (wxt/utils/content-script-context, aliased in
// wxt.config.ts). Quirk: WXT's content-script entry always constructs its context class, with timers,
// a location watcher and a logger the guard never uses (2.8 KB of a content script whose budget is
// 150 KB); the guard needs only onInvalidated, and tears down through its own AbortController.
// Kept from WXT's behaviour: a newer copy of this script in the same frame (a reload or update of the
// extension injects one) stops the older one, so two guards never underline the same field.

export class ContentScriptContext {
  private readonly controller = new AbortController();

  /** `frame`: the frame's document (WXT passes only a name and options). */
  constructor(name: string, _options?: unknown, frame: EventTarget = (globalThis as unknown as { document: EventTarget }).document) {
    const id = Math.random().toString(36).slice(2);
    const type = `dpa-guard:started:${name}`;
    frame.dispatchEvent(new CustomEvent(type, { detail: id }));
    frame.addEventListener(type, (event: Event) => {
      if ((event as CustomEvent).detail !== id) this.controller.abort();
    }, { signal: this.controller.signal });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  onInvalidated(callback: () => void): void {
    this.controller.signal.addEventListener("abort", callback);
  }
}
