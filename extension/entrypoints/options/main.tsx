import { render } from "preact";
import { Options } from "../../ui/options-view.tsx";
import { pickLang } from "../../ui/texts.ts";
import type { ConnectionAnswer, Message, Status } from "../../background/messages.ts";
import { grantedOrigins } from "../../background/site-scripts.ts";

const send = <T,>(m: Message) => browser.runtime.sendMessage(m) as Promise<T>;

void (async () => {
  const status = await send<Status>({ kind: "status" });
  const lang = pickLang(status.settings.settings.language, navigator.language);
  document.documentElement.lang = lang;
  const origins = status.policy?.policy.origins ?? [];
  const { missing } = await grantedOrigins(origins, browser.permissions);
  render(<Options lang={lang} initial={status.settings} sites={{ origins, missing }}
    grant={(wanted) => browser.permissions.request({ origins: wanted })}
    save={async (settings) => {
      // Only what the organisation did not fix goes to local storage.
      const own = Object.fromEntries(Object.entries(settings).filter(([k]) => !status.settings.locked.includes(k as never)));
      await browser.storage.local.set({ settings: own });
    }}
    test={(s) => send<ConnectionAnswer>({ kind: "test-connection", settings: s })} />, document.getElementById("app")!);
})();
