// The toolbar sign of a tab whose guard could not start (content/guard-unavailable.ts): a red "!" and
// a title saying the fields are not guarded. Chromium keeps a tab's badge across navigations, so it is
// cleared when the tab starts loading another page; that page's content script sets it again if it
// fails too.

export interface ActionLike {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

export const UNAVAILABLE_TITLE = "dpa-guard: niet actief op deze pagina, velden worden niet bewaakt / not active on this page, fields are not guarded";
const DEFAULT_TITLE = "dpa-guard";

export async function markUnavailable(tabId: number | undefined, action: ActionLike): Promise<{ ok: boolean }> {
  if (tabId === undefined) return { ok: false };
  await action.setBadgeBackgroundColor({ tabId, color: "#b42318" });
  await action.setBadgeText({ tabId, text: "!" });
  await action.setTitle({ tabId, title: UNAVAILABLE_TITLE });
  return { ok: true };
}

export async function clearUnavailable(tabId: number, action: ActionLike): Promise<void> {
  await action.setBadgeText({ tabId, text: "" });
  await action.setTitle({ tabId, title: DEFAULT_TITLE });
}
