// The options page: Worker URL, organisation key, user, language; fields set by enterprise policy
// (storage.managed) are shown locked.
import { useState } from "preact/hooks";
import type { ConnectionAnswer } from "../background/messages.ts";
import { checkWorkerUrl, type EffectiveSettings, type Settings } from "../background/settings.ts";
import type { Lang } from "./texts.ts";
import { inLanguage } from "./one-language.ts";

export interface OptionsProps {
  lang: Lang;
  initial: EffectiveSettings;
  /** Sites the organisation's policy adds, and which of them this browser has not granted yet. */
  sites: { origins: string[]; missing: string[] };
  grant(origins: string[]): Promise<boolean>;
  save(settings: Settings): Promise<void>;
  test(settings: Pick<Settings, "workerUrl" | "apiKey">): Promise<ConnectionAnswer>;
}

export function Options(p: OptionsProps) {
  const en = p.lang === "en";
  const [s, setS] = useState<Settings>(p.initial.settings);
  const [message, setMessage] = useState("");
  const locked = new Set(p.initial.locked);
  const field = (key: keyof Settings, label: string, type: "text" | "url" | "password" = "text") => (
    <label>
      {label}
      {/* Three literal types: Preact's typings tie each input type to its own attribute set. */}
      {type === "password"
        ? <input id={key} type="password" value={s[key]} disabled={locked.has(key)} onInput={(e) => setS({ ...s, [key]: (e.target as HTMLInputElement).value })} />
        : type === "url"
          ? <input id={key} type="url" value={s[key]} disabled={locked.has(key)} onInput={(e) => setS({ ...s, [key]: (e.target as HTMLInputElement).value })} />
          : <input id={key} type="text" value={s[key]} disabled={locked.has(key)} onInput={(e) => setS({ ...s, [key]: (e.target as HTMLInputElement).value })} />}
      {locked.has(key) && <small>{en ? "set by your organisation" : "ingesteld door uw organisatie"}</small>}
    </label>
  );
  return (
    <main>
      <h1>{en ? "dpa-guard settings" : "dpa-guard instellingen"}</h1>
      <form onSubmit={async (e) => {
        e.preventDefault();
        const bad = s.workerUrl ? checkWorkerUrl(s.workerUrl) : null;
        if (bad) return setMessage(inLanguage(bad, p.lang));
        await p.save(s);
        setMessage(en ? "Saved." : "Opgeslagen.");
      }}>
        {field("workerUrl", en ? "Worker URL" : "Worker-URL", "url")}
        {field("apiKey", en ? "Organisation key" : "Organisatiesleutel", "password")}
        {field("user", en ? "Your name or e-mail" : "Uw naam of e-mailadres")}
        <label>
          {en ? "Language" : "Taal"}
          <select id="language" value={s.language} disabled={locked.has("language")} onChange={(e) => setS({ ...s, language: (e.target as HTMLSelectElement).value as Settings["language"] })}>
            <option value="auto">{en ? "Browser language" : "Taal van de browser"}</option>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
        <p>
          <button type="submit" id="save">{en ? "Save" : "Opslaan"}</button>{" "}
          <button type="button" id="test" onClick={async () => setMessage(inLanguage((await p.test(s)).message, p.lang))}>{en ? "Test connection" : "Verbinding testen"}</button>
        </p>
        <p id="message" role="status" aria-live="polite">{message}</p>
      </form>
      {p.sites.origins.length > 0 && (
        <section>
          <h2>{en ? "Your organisation's sites" : "Sites van uw organisatie"}</h2>
          <ul>{p.sites.origins.map((o) => <li>{o} — {p.sites.missing.includes(o) ? (en ? "not allowed yet" : "nog niet toegestaan") : (en ? "guarded" : "bewaakt")}</li>)}</ul>
          {p.sites.missing.length > 0 && (
            <button type="button" id="grant" onClick={async () => setMessage((await p.grant(p.sites.missing)) ? (en ? "Allowed; these sites are now guarded." : "Toegestaan; deze sites worden nu bewaakt.") : (en ? "Not allowed." : "Niet toegestaan."))}>
              {en ? "Allow dpa-guard on these sites" : "dpa-guard op deze sites toestaan"}
            </button>
          )}
        </section>
      )}
    </main>
  );
}
