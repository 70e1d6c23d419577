// Loads the explanation panel's script the first time a panel opens (see entrypoints/panel.ts for why
// it is a separate script): the background injects /panel.js into this frame's isolated world, and
// once it has run, its global is there and every later open is synchronous.
import { PANEL_GLOBAL, type PanelApi } from "./panel-api.ts";
import { send } from "./page-state.ts";
import type { PanelAnswer } from "../background/messages.ts";

let loading: Promise<PanelApi> | undefined;

/** The panel's API if its script already ran in this frame. */
export function loadedPanel(): PanelApi | undefined {
  return (globalThis as Record<string, unknown>)[PANEL_GLOBAL] as PanelApi | undefined;
}

/** Asks the background to inject the panel once; concurrent callers share the one request. A failure is retried on the next open. */
export function loadPanel(): Promise<PanelApi> {
  const ready = loadedPanel();
  if (ready) return Promise.resolve(ready);
  loading ??= send<PanelAnswer>({ kind: "inject-panel" })
    .then((answer) => {
      const api = loadedPanel();
      if (!api) throw new Error(answer && !answer.ok ? answer.message : "the panel script did not load");
      return api;
    })
    .finally(() => {
      loading = undefined;
    });
  return loading;
}
