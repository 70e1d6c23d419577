// Injects the explanation panel's script (entrypoints/panel.ts) into the frame that asks for it: the
// content script leaves the panel out to stay within its size budget and loads it on first use.
// executeScript's default world is the content scripts' isolated world, so the panel's global is
// visible to the content script of that frame.
import type { PanelAnswer } from "./messages.ts";

export interface PanelScriptingLike {
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown>;
}

export interface SenderLike {
  tab?: { id?: number };
  frameId?: number;
}

export async function injectPanel(sender: SenderLike, scripting: PanelScriptingLike): Promise<PanelAnswer> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, message: "no tab to inject the panel into" };
  try {
    await scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ["/panel.js"] });
    return { ok: true };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}
