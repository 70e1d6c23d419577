import { eventSchema, type GuardEvent } from "../../shared/schema/events.ts";
import { normaliseUserRef } from "../../shared/schema/formats.ts";
import { templatePath } from "../../shared/schema/page-path.ts";
import { EventQueue, type Delivery } from "./event-queue.ts";
import { cachedPolicy, refreshPolicy as fetchPolicy } from "./policy-cache.ts";
import type { Policy } from "../../shared/schema/policy.ts";
import { checkWorkerUrl, loadSettings } from "./settings.ts";
import type { KeyValueArea } from "./storage.ts";
import type { ConnectionAnswer, EventAnswer, EventDraft, ExceptionAnswer, ExceptionDraft, Message, RequestedException, Status } from "./messages.ts";

// The background's logic, without chrome.* (the entrypoint wires storage, alarms and messages).
// Messages for people come as "Nederlands / English"; the page showing them picks its language's half
// (ui/one-language.ts), as with the Worker's own messages.

/** How long the panel waits for the Worker's answer to an event before calling it queued. */
const ANSWER_WAIT_MS = 8_000;
/** While a request waits for a decision, a focused tab re-checks the policy at most this often. */
const FOCUS_CHECK_MS = 10_000;
/** Requests older than this are no longer polled for (a denied request never enters the policy). */
const POLL_REQUESTS_FOR_MS = 30 * 24 * 3600_000;

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
    return { url: settings.workerUrl, apiKey: settings.apiKey, user: settings.user };
  };

  const requestedList = async () => ((await deps.local.get("requestedExceptions")) as RequestedException[] | undefined) ?? [];

  /** Requests the policy does not yet hold as exceptions in force: an admin may approve one any minute. */
  async function hasPendingRequests(): Promise<boolean> {
    const requested = await requestedList();
    if (!requested.length) return false;
    const inForce = new Set((await cachedPolicy(deps.local))?.policy.exceptions.map((e) => e.id) ?? []);
    return requested.some((r) => !(r.id !== undefined && inForce.has(r.id)) && now() - r.requestedAt < POLL_REQUESTS_FOR_MS);
  }

  async function recordEvent(draft: EventDraft): Promise<EventAnswer> {
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
    // Wait for the Worker's answer (bounded: a slow Worker keeps the event in the queue, not the user).
    await Promise.race([queue.flush(await delivery()), new Promise((r) => setTimeout(r, ANSWER_WAIT_MS))]);
    const outcome = await queue.outcome(event.id);
    if (outcome.state === "refused") return { ok: false, message: outcome.message };
    return { ok: true, queued: outcome.state === "pending" };
  }

  async function requestException(draft: ExceptionDraft): Promise<ExceptionAnswer> {
    const d = await delivery();
    if (!d) return { ok: false, message: "Stel eerst de Worker en de organisatiesleutel in (Opties) / Set the Worker and the organisation key first (Options)" };
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
      return { ok: false, message: "De Worker is niet bereikbaar; probeer het later opnieuw / The Worker cannot be reached; try again later" };
    }
    const body = (await res.json().catch(() => ({}))) as { id?: number; message?: string };
    if (!res.ok) return { ok: false, message: body.message ?? `${res.status}` };
    const requested = await requestedList();
    // The Worker answers a repeated request with the first one's number: keep one entry per request.
    if (body.id !== undefined && requested.some((r) => r.id === body.id)) return { ok: true, id: body.id };
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
      return { ok: false, message: `Worker onbereikbaar: ${(e as Error).message} / Worker unreachable: ${(e as Error).message}` };
    }
  }

  async function status(): Promise<Status> {
    return {
      settings: await loadSettings(deps.local, deps.managed),
      queue: await queue.state(),
      policy: await cachedPolicy(deps.local),
      requested: await requestedList(),
    };
  }

  async function handle(message: Message): Promise<unknown> {
    switch (message.kind) {
      case "event":
        return recordEvent(message.event);
      case "exception":
        return requestException(message.request);
      case "policy":
        return message.refresh ? refreshPolicy(deps.local, await delivery(), now()) : ((await cachedPolicy(deps.local)) ?? refreshPolicy(deps.local, await delivery(), now()));
      case "policy-if-pending": {
        const cached = await cachedPolicy(deps.local);
        if (!(await hasPendingRequests()) || (cached && now() - cached.checkedAt < FOCUS_CHECK_MS)) return cached;
        return refreshPolicy(deps.local, await delivery(), now());
      }
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
    /**
     * Alarm (every minute): send what is due; refresh the policy on its own schedule, or every minute
     * while an exception request waits for a decision, so an approval shows within about a minute
     * (If-None-Match makes the unchanged case a 304).
     */
    async tick(refresh: boolean) {
      await queue.flush(await delivery());
      if (refresh || (await hasPendingRequests())) await refreshPolicy(deps.local, await delivery(), now());
    },
  };
}
