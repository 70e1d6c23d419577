import type { KeyValueArea } from "./storage.ts";

// What the user or the organisation's IT sets: the Worker, the organisation key, who is typing, and the
// language. Enterprise policy (storage.managed, schema in public/managed-schema.json) wins over what
// the user typed, and the options page shows those fields locked.

export interface Settings {
  workerUrl: string;
  apiKey: string;
  user: string;
  language: "auto" | "nl" | "en";
}

export const SETTING_KEYS = ["workerUrl", "apiKey", "user", "language"] as const;
export const DEFAULT_SETTINGS: Settings = { workerUrl: "", apiKey: "", user: "", language: "auto" };

export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by enterprise policy: not editable. */
  locked: (keyof Settings)[];
}

function clean(raw: unknown): Partial<Settings> {
  if (!raw || typeof raw !== "object") return {};
  const out: Partial<Settings> = {};
  const r = raw as Record<string, unknown>;
  if (typeof r.workerUrl === "string" && r.workerUrl) out.workerUrl = r.workerUrl.trim().replace(/\/+$/, "");
  if (typeof r.apiKey === "string" && r.apiKey) out.apiKey = r.apiKey.trim();
  if (typeof r.user === "string" && r.user) out.user = r.user.trim();
  if (r.language === "nl" || r.language === "en" || r.language === "auto") out.language = r.language;
  return out;
}

export function mergeSettings(local: unknown, managed: unknown): EffectiveSettings {
  const fromPolicy = clean(managed);
  return {
    settings: { ...DEFAULT_SETTINGS, ...clean(local), ...fromPolicy },
    locked: Object.keys(fromPolicy) as (keyof Settings)[],
  };
}

/** A Worker URL the extension will talk to: https, or http only on loopback (local development). */
export function checkWorkerUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return "Geen geldige URL / Not a valid URL";
  }
  if (u.protocol === "https:") return null;
  if (u.protocol === "http:" && (u.hostname === "127.0.0.1" || u.hostname === "localhost")) return null;
  return "Alleen https (of http op deze computer) / Only https (or http on this computer)";
}

export async function loadSettings(local: KeyValueArea, managed: KeyValueArea | undefined): Promise<EffectiveSettings> {
  const [l, m] = await Promise.all([local.get("settings"), managed ? managedSettings(managed) : undefined]);
  return mergeSettings(l, m);
}

async function managedSettings(managed: KeyValueArea): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  // storage.managed throws when no policy is installed (Firefox) or the schema is missing.
  try {
    for (const k of SETTING_KEYS) out[k] = await managed.get(k);
  } catch {
    return {};
  }
  return out;
}
