// The toolbar popup: is this tab guarded, findings on the page, Worker reachable, events waiting,
// policy version and age. Data in through props, so it renders the same in a test page.
import type { ConnectionAnswer, Status } from "../background/messages.ts";
import type { Lang } from "./texts.ts";
import { inLanguage } from "./one-language.ts";

export interface PageInfo {
  guarded: boolean;
  open: number;
  fields: number;
  /** Why the guard is not running in this tab although the content script is there. */
  unavailable?: "lexicon";
}

export interface PopupProps {
  lang: Lang;
  status: Status;
  page: PageInfo | null;
  connection: ConnectionAnswer | null;
  now: number;
  onFlush(): void;
  onOptions(): void;
}

function age(ms: number, lang: Lang): string {
  const min = Math.round(ms / 60_000);
  if (min < 1) return lang === "en" ? "just now" : "zojuist";
  if (min < 120) return lang === "en" ? `${min} min ago` : `${min} min geleden`;
  const h = Math.round(min / 60);
  return lang === "en" ? `${h} h ago` : `${h} uur geleden`;
}

export function Popup(p: PopupProps) {
  const en = p.lang === "en";
  const q = p.status.queue;
  const policy = p.status.policy;
  const configured = !!(p.status.settings.settings.workerUrl && p.status.settings.settings.apiKey);
  const say = (message: string) => inLanguage(message, p.lang);
  return (
    <main>
      <h1>dpa-guard</h1>
      <dl>
        <dt>{en ? "This tab" : "Dit tabblad"}</dt>
        <dd id="tab" data-unavailable={p.page?.unavailable}>{p.page?.guarded ? (en ? "guarded" : "wordt bewaakt")
          : p.page?.unavailable ? (en ? "NOT guarded: the guard could not start (its word list did not load). Reload the page; if this stays, reinstall the extension or tell your administrator."
            : "NIET bewaakt: de controle kon niet starten (de woordenlijst laadde niet). Herlaad de pagina; blijft dit zo, installeer de extensie opnieuw of meld het bij uw beheerder.")
          : (en ? "not guarded" : "niet bewaakt")}</dd>
        <dt>{en ? "Findings on this page" : "Meldingen op deze pagina"}</dt>
        <dd id="findings">{p.page ? p.page.open : "–"}</dd>
        <dt>{en ? "Worker" : "Worker"}</dt>
        <dd id="worker">{!configured ? (en ? "not set up" : "niet ingesteld") : p.connection === null ? "…" : p.connection.ok ? (en ? "reachable" : "bereikbaar") : `${en ? "unreachable" : "onbereikbaar"}: ${say(p.connection.message)}`}</dd>
        <dt>{en ? "Events waiting" : "Wachtende meldingen"}</dt>
        <dd id="queue" data-count={q.pending.length}>{q.pending.length}{q.lastError && q.pending.length ? ` (${say(q.lastError)})` : ""}</dd>
        {q.rejected.length > 0 && (<><dt>{en ? "Refused by the Worker" : "Geweigerd door de Worker"}</dt><dd id="rejected">{q.rejected.length}: {say(q.rejected[0]!.message)}</dd></>)}
        <dt>{en ? "Policy" : "Beleid"}</dt>
        <dd id="policy">{policy ? `${en ? "version" : "versie"} ${policy.policy.version}, ${age(p.now - policy.fetchedAt, p.lang)}${policy.error ? ` (${say(policy.error)})` : ""}` : (en ? "not loaded yet" : "nog niet geladen")}</dd>
      </dl>
      <p>
        <button id="flush" onClick={p.onFlush}>{en ? "Send now" : "Nu versturen"}</button>{" "}
        <button id="options" onClick={p.onOptions}>{en ? "Settings" : "Instellingen"}</button>
      </p>
    </main>
  );
}
