// What the content script knows of its page and organisation: the policy and exception requests (read
// from extension storage, kept current through storage.onChanged), the language, and the page's site
// and path (ids replaced). Listeners re-render fields when any of it changes.
import type { Policy } from "../../shared/schema/policy.ts";
import { templatePath } from "../../shared/schema/page-path.ts";
import type { CachedPolicy } from "../background/policy-cache.ts";
import type { Message, PanelMessage, RequestedException } from "../background/messages.ts";
import { pickLang, type Lang } from "../ui/texts.ts";

export interface PageContext {
  site: string;
  path: string;
  lang: Lang;
  policy?: Policy;
  requested: RequestedException[];
}

export class PageState {
  ctx: PageContext;
  private readonly listeners = new Set<() => void>();
  private signature = "";

  constructor(private readonly win: Window, signal: AbortSignal) {
    this.ctx = { site: win.location.host, path: templatePath(win.location.pathname), lang: pickLang(undefined, win.navigator.language), requested: [] };
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== "local") return;
      if ("policy" in changes || "requestedExceptions" in changes || "settings" in changes) void this.load();
    };
    browser.storage.onChanged.addListener(onChanged);
    signal.addEventListener("abort", () => browser.storage.onChanged.removeListener(onChanged), { once: true });
    void this.load();
    // Ask the background for a fresh policy once per page (it answers from cache when offline).
    void send({ kind: "policy" }).catch(() => undefined);
    // Back to this tab while an exception request waits: the admin may have decided meanwhile
    // (the background re-checks only then, and at most every few seconds; a 304 when nothing changed).
    const recheck = () => {
      if (win.document.visibilityState === "visible") void send({ kind: "policy-if-pending" }).catch(() => undefined);
    };
    win.addEventListener("focus", recheck, { signal });
    win.document.addEventListener("visibilitychange", recheck, { signal });
  }

  private async load(): Promise<void> {
    try {
      const stored = (await browser.storage.local.get(["policy", "requestedExceptions", "settings"])) as {
        policy?: CachedPolicy; requestedExceptions?: RequestedException[]; settings?: { language?: string };
      };
      // SPAs change the path without a reload: read it again.
      const ctx: PageContext = {
        site: this.win.location.host,
        path: templatePath(this.win.location.pathname),
        lang: pickLang(stored.settings?.language, this.win.navigator.language),
        policy: stored.policy?.policy,
        requested: stored.requestedExceptions ?? [],
      };
      // The background rewrites the cached policy on every check (its timestamp); only a real change
      // is worth re-judging every field on the page.
      const signature = JSON.stringify(ctx);
      if (signature === this.signature) return;
      this.signature = signature;
      this.ctx = ctx;
      for (const l of this.listeners) l();
    } catch {
      // extension context invalidated (update/reload): the content script is about to go
    }
  }

  enabledCategories() {
    const p = this.ctx.policy;
    return p ? (Object.entries(p.categories).filter(([, v]) => v.enabled).map(([k]) => k) as (keyof Policy["categories"])[]) : undefined;
  }

  modeOf(category: string): "warn" | "block" {
    return this.ctx.policy?.categories[category as keyof Policy["categories"]]?.mode ?? "warn";
  }

  onChange(listener: () => void, signal: AbortSignal): void {
    this.listeners.add(listener);
    signal.addEventListener("abort", () => this.listeners.delete(listener), { once: true });
  }
}

export function send<T = unknown>(message: Message | PanelMessage): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
}
