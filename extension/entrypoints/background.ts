// Background service worker: the only part that talks to the Worker. Sends queued events, fetches
// the organisation's policy, answers the content script, popup and options page. Logic lives in
// ../background/service.ts; this file wires chrome.* to it.
import { createService } from "../background/service.ts";
import { syncSiteScripts, type ScriptingLike } from "../background/site-scripts.ts";
import type { KeyValueArea } from "../background/storage.ts";
import type { Message, PanelMessage, UnavailableMessage } from "../background/messages.ts";
import { injectPanel, type PanelScriptingLike } from "../background/panel-injection.ts";
import { clearUnavailable, markUnavailable, type ActionLike } from "../background/unavailable-badge.ts";

interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const area = (a: StorageAreaLike): KeyValueArea => ({
  get: async (key) => (await a.get(key))[key],
  set: (key, value) => a.set({ [key]: value }),
});

export default defineBackground(() => {
  const service = createService({
    local: area(browser.storage.local as unknown as StorageAreaLike),
    managed: browser.storage.managed ? area(browser.storage.managed as unknown as StorageAreaLike) : undefined,
    version: browser.runtime.getManifest().version,
    onPolicy: (policy) => syncSiteScripts(policy.origins, browser.permissions, browser.scripting as unknown as ScriptingLike, "content-scripts/content.js"),
  });
  // The user granted a site from the options page: guard it now.
  browser.permissions.onAdded.addListener(() => void service.handle({ kind: "policy", refresh: true }));

  const action = browser.action as unknown as ActionLike & { getBadgeText(details: { tabId: number }): Promise<string> };
  browser.runtime.onMessage.addListener((message: Message | PanelMessage | UnavailableMessage, sender, sendResponse) => {
    const answer = message.kind === "inject-panel" ? injectPanel(sender, browser.scripting as unknown as PanelScriptingLike)
      : message.kind === "guard-unavailable" ? markUnavailable(sender.tab?.id, action)
      : service.handle(message);
    answer.then(sendResponse, (e: Error) => sendResponse({ ok: false, message: e.message }));
    return true; // answered asynchronously
  });

  // A tab's "!" (its guard could not start) belongs to the page that failed, not to the next one.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== "loading") return;
    void action.getBadgeText({ tabId }).then((text) => (text === "!" ? clearUnavailable(tabId, action) : undefined)).catch(() => undefined);
  });

  // Retries and policy refresh survive the service worker being stopped: alarms wake it up.
  browser.alarms.create("flush", { periodInMinutes: 1 });
  browser.alarms.create("policy", { periodInMinutes: 15 });
  browser.alarms.onAlarm.addListener((alarm) => {
    void service.tick(alarm.name === "policy");
  });
  browser.runtime.onStartup.addListener(() => void service.tick(true));
  browser.storage.onChanged.addListener((changes, areaName) => {
    // New settings: fetch the policy and send what waits, at once.
    if (areaName === "local" && "settings" in changes) void service.handle({ kind: "flush" });
  });
});
