import { render } from "preact";
import { Popup, type PageInfo } from "../../ui/popup-view.tsx";
import { pickLang } from "../../ui/texts.ts";
import type { ConnectionAnswer, Message, Status } from "../../background/messages.ts";

const send = <T,>(m: Message) => browser.runtime.sendMessage(m) as Promise<T>;
const app = document.getElementById("app")!;

async function pageInfo(): Promise<PageInfo | null> {
  // ?tab=<id> lets the popup be opened as a page (tests, keyboard users) for a given tab.
  const tabParam = Number(new URLSearchParams(location.search).get("tab"));
  const tabId = tabParam || (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (!tabId) return null;
  try {
    return ((await browser.tabs.sendMessage(tabId, { kind: "page-findings" })) as PageInfo | undefined) ?? { guarded: false, open: 0, fields: 0 };
  } catch {
    return { guarded: false, open: 0, fields: 0 }; // no content script in this tab
  }
}

async function draw(connection: ConnectionAnswer | null, page: PageInfo | null): Promise<Status> {
  const status = await send<Status>({ kind: "status" });
  const lang = pickLang(status.settings.settings.language, navigator.language);
  document.documentElement.lang = lang;
  render(<Popup lang={lang} status={status} page={page} connection={connection} now={Date.now()}
    onFlush={async () => { await send({ kind: "flush" }); void refresh(); }}
    onOptions={() => void browser.runtime.openOptionsPage()} />, app);
  return status;
}

async function refresh(): Promise<void> {
  const page = await pageInfo();
  const status = await draw(null, page);
  const { workerUrl, apiKey } = status.settings.settings;
  const connection = workerUrl && apiKey ? await send<ConnectionAnswer>({ kind: "test-connection", settings: { workerUrl, apiKey } }) : null;
  await draw(connection, page);
}

void refresh();
// The queue drains in the background: keep the figures current while the popup is open.
browser.storage.onChanged.addListener(() => void refresh());
