import { eventSchema, type GuardEvent } from "../../shared/schema/events.ts";
import { normaliseUserRef } from "../../shared/schema/formats.ts";
import { templatePath } from "../../shared/schema/page-path.ts";
import { EventQueue, type Delivery } from "./event-queue.ts";
import { cachedPolicy, refreshPolicy as fetchPolicy } from "./policy-cache.ts";
import type { Policy } from "../../shared/schema/policy.ts";
import { checkWorkerUrl, loadSettings } from "./settings.ts";
import type { KeyValueArea } from "./storage.ts";
import type { ConnectionAnswer, EventDraft, ExceptionAnswer, ExceptionDraft, Message, RequestedException, Status } from "./messages.ts";

// The background's logic, without chrome.* (the entrypoint wires storage, alarms and messages).

export interface ServiceDeps {
  local: KeyValueArea;
  managed?: KeyValueArea;
  version: string;
  now?: () => number;
  /** Called with each policy fetched or confirmed (registers the organisation's extra sites). */
  onPolicy?: (policy: Policy) => Promise<unknown>;
}

export function createService(deps: ServiceDeps) {
  const now = deps.now ?? Date.now;
  const queue = new EventQueue(deps.local, now);

  const refreshPolicy: typeof fetchPolicy = async (...args) => {
    const cached = await fetchPolicy(...args);
    if (cached && deps.onPolicy) await deps.onPolicy(cached.policy).catch((e: Error) => console.warn("dpa-guard: policy sites", e.message));
    return cached;
  };

  const delivery = async (): Promise<Delivery | undefined> => {
    const { settings } = await loadSettings(deps.local, deps.managed);
    if (!settings.workerUrl || !settings.apiKey || checkWorkerUrl(settings.workerUrl)) return undefined;
    return { url: settings.workerUrl, apiKey: settings.apiKey };
  };

  async function recordEvent(draft: EventDraft): Promise<void> {
    const { settings } = await loadSettings(deps.local, deps.managed);
    const event: GuardEvent = eventSchema.parse({
      ...draft,
      // The Worker takes a templated path and an e-mail or handle only; normalised here once more so
      // an event from any caller is in that shape before it is queued (a refused event is lost).
      path: templatePath(draft.path),
      id: crypto.randomUUID(),
      user: normaliseUserRef(settings.user),
      at: new Date(now()).toISOString(),
      version: deps.version,
    });
    await queue.enqueue(event);
    await queue.flush(await delivery());
  }

  async function requestException(draft: ExceptionDraft): Promise<ExceptionAnswer> {
    const d = await delivery();
    if (!d) return { ok: false, message: "Stel eerst de Worker en organisatiesleutel in (opties) / Set the Worker and organisation key first (options)" };
    const { settings } = await loadSettings(deps.local, deps.managed);
    const requestId = crypto.randomUUID();
    let res: Response;
    try {
      res = await fetch(`${d.url}/api/exceptions`, {
        method: "POST",
        headers: { Authorization: `Bearer ${d.apiKey}`, "Content-Type": "application/json" },
        body: JSON.stringify({ id: requestId, ...draft, user: normaliseUserRef(settings.user) }),
      });
    } catch {
      return { ok: false, message: "Worker onbereikbaar; probeer het later opnieuw / Worker unreachable; try again later" };
    }
    const body = (await res.json().catch(() => ({}))) as { id?: number; message?: string };
    if (!res.ok) return { ok: false, message: body.message ?? `${res.status}` };
    const requested = ((await deps.local.get("requestedExceptions")) as RequestedException[] | undefined) ?? [];
    requested.push({ requestId, id: body.id, category: draft.category, site: draft.site, pathPattern: draft.pathPattern, requestedAt: now() });
    await deps.local.set("requestedExceptions", requested.slice(-100));
    return { ok: true, id: body.id };
  }

  async function testConnection(workerUrl: string, apiKey: string): Promise<ConnectionAnswer> {
    const bad = checkWorkerUrl(workerUrl);
    if (bad) return { ok: false, message: bad };
    try {
      const res = await fetch(`${workerUrl.replace(/\/+$/, "")}/api/policy`, { headers: { Authorization: `Bearer ${apiKey}` } });
      const body = (await res.json().catch(() => ({}))) as { organisation?: string; message?: string };
      return res.ok
        ? { ok: true, message: `Verbonden met organisatie ${body.organisation} / Connected to organisation ${body.organisation}` }
        : { ok: false, message: body.message ?? `HTTP ${res.status}` };
    } catch (e) {
      return { ok: false, message: `Worker onbereikbaar / Worker unreachable: ${(e as Error).message}` };
    }
  }

  async function status(): Promise<Status> {
    return {
      settings: await loadSettings(deps.local, deps.managed),
      queue: await queue.state(),
      policy: await cachedPolicy(deps.local),
      requested: ((await deps.local.get("requestedExceptions")) as RequestedException[] | undefined) ?? [],
    };
  }

  async function handle(message: Message): Promise<unknown> {
    switch (message.kind) {
      case "event":
        await recordEvent(message.event);
        return { ok: true };
      case "exception":
        return requestException(message.request);
      case "policy":
        return message.refresh ? refreshPolicy(deps.local, await delivery(), now()) : ((await cachedPolicy(deps.local)) ?? refreshPolicy(deps.local, await delivery(), now()));
      case "status":
        return status();
      case "flush":
        await queue.flush(await delivery(), true);
        await refreshPolicy(deps.local, await delivery(), now());
        return status();
      case "test-connection":
        return testConnection(message.settings.workerUrl, message.settings.apiKey);
    }
  }

  return {
    handle,
    /** Alarm: send what is due and refresh the policy. */
    async tick(refresh: boolean) {
      await queue.flush(await delivery());
      if (refresh) await refreshPolicy(deps.local, await delivery(), now());
    },
  };
}
