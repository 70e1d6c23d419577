import { render } from "preact";
import { Options } from "../../ui/options-view.tsx";
import { pickLang } from "../../ui/texts.ts";
import type { ConnectionAnswer, Message } from "../../background/messages.ts";
import { grantedOrigins } from "../../background/site-scripts.ts";
import { loadSettings, type Settings } from "../../background/settings.ts";
import type { CachedPolicy } from "../../background/policy-cache.ts";
import type { KeyValueArea } from "../../background/storage.ts";

const send = <T,>(m: Message) => browser.runtime.sendMessage(m) as Promise<T>;
const area = (a: { get(key: string): Promise<Record<string, unknown>> }): KeyValueArea => ({
  get: async (key) => (await a.get(key))[key],
  set: async () => undefined,
});

// Read from storage directly, not through the background: waking a stopped service worker took
// seconds, and the page stayed blank meanwhile. The sites section follows once it is known.
void (async () => {
  const settings = await loadSettings(area(browser.storage.local), browser.storage.managed ? area(browser.storage.managed) : undefined);
  const lang = pickLang(settings.settings.language, navigator.language);
  document.documentElement.lang = lang;
  const draw = (sites: { origins: string[]; missing: string[] }) => render(<Options lang={lang} initial={settings} sites={sites}
    grant={(wanted) => browser.permissions.request({ origins: wanted })}
    save={async (values: Settings) => {
      // Only what the organisation did not fix goes to local storage.
      const own = Object.fromEntries(Object.entries(values).filter(([k]) => !settings.locked.includes(k as never)));
      await browser.storage.local.set({ settings: own });
    }}
    test={(s) => send<ConnectionAnswer>({ kind: "test-connection", settings: s })} />, document.getElementById("app")!);
  draw({ origins: [], missing: [] });
  const policy = (await browser.storage.local.get("policy")).policy as CachedPolicy | undefined;
  const origins = policy?.policy.origins ?? [];
  if (origins.length) draw({ origins, missing: (await grantedOrigins(origins, browser.permissions)).missing });
})();
