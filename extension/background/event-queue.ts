import { MAX_BATCH, type GuardEvent } from "../../shared/schema/events.ts";
import type { KeyValueArea } from "./storage.ts";

// Principle 2, nothing is lost: every event is written to storage before anything is sent, sent in
// batches, and removed only when the Worker said it has it. Network errors, 5xx and 429 keep the
// events and retry with backoff (surviving browser restarts, because the queue lives in storage); the
// Worker's idempotency by event id means a retry never doubles a row. Other 4xx are not retried
// forever: those events move to `rejected` with the Worker's message, for the popup to show.

export interface QueueState {
  pending: GuardEvent[];
  rejected: { event: GuardEvent; status: number; message: string }[];
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
  lastSentAt?: number;
}

export interface Delivery {
  url: string;
  apiKey: string;
  /** Who is typing, as set now: events queued before it was set are sent with it (their own is empty). */
  user?: string;
}

const KEY = "eventQueue";
const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 10 * 60_000;
const MAX_REJECTED = 50;

export const emptyQueue = (): QueueState => ({ pending: [], rejected: [], attempts: 0, nextAttemptAt: 0 });

export class EventQueue {
  private flushing: Promise<QueueState> | undefined;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly area: KeyValueArea, private readonly now: () => number = Date.now) {}

  async state(): Promise<QueueState> {
    return { ...emptyQueue(), ...((await this.area.get(KEY)) as Partial<QueueState> | undefined) };
  }

  /** Serialises read-modify-write of the stored queue (messages arrive concurrently). */
  private update(change: (s: QueueState) => QueueState | void): Promise<QueueState> {
    const next = this.chain.then(async () => {
      const s = await this.state();
      const out = change(s) ?? s;
      await this.area.set(KEY, out);
      return out;
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  enqueue(event: GuardEvent): Promise<QueueState> {
    return this.update((s) => {
      if (!s.pending.some((e) => e.id === event.id)) s.pending.push(event);
      // A new event is worth an attempt now, even while backing off from an outage.
      s.nextAttemptAt = 0;
    });
  }

  /** Sends what is due; one flush at a time. `force` ignores the backoff (user asked, Worker is back). */
  flush(delivery: Delivery | undefined, force = false): Promise<QueueState> {
    this.flushing ??= this.doFlush(delivery, force).finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async doFlush(delivery: Delivery | undefined, force: boolean): Promise<QueueState> {
    let s = await this.state();
    if (!delivery || s.pending.length === 0 || (!force && this.now() < s.nextAttemptAt)) return s;
    while (s.pending.length) {
      const user = delivery.user;
      const batch = s.pending.slice(0, MAX_BATCH).map((e) => (e.user || !user ? e : { ...e, user }));
      let res: Response;
      try {
        res = await fetch(`${delivery.url}/api/events`, {
          method: "POST",
          headers: { Authorization: `Bearer ${delivery.apiKey}`, "Content-Type": "application/json" },
          body: JSON.stringify({ events: batch }),
        });
      } catch (e) {
        return this.backoff(`Worker onbereikbaar: ${(e as Error).message} / Worker unreachable: ${(e as Error).message}`);
      }
      const body = (await res.json().catch(() => ({}))) as { message?: string };
      if (res.ok) {
        const sent = new Set(batch.map((e) => e.id));
        s = await this.update((q) => {
          q.pending = q.pending.filter((e) => !sent.has(e.id));
          q.attempts = 0;
          q.nextAttemptAt = 0;
          q.lastError = undefined;
          q.lastSentAt = this.now();
        });
        continue;
      }
      if (res.status >= 500 || res.status === 429) {
        const retryAfter = Number(res.headers.get("Retry-After")) * 1000 || 0;
        return this.backoff(`${res.status}: ${body.message ?? res.statusText}`, retryAfter);
      }
      // The Worker refuses the batch as it is: keep it for the user to see, do not retry forever. A
      // refused free text (a reason the Worker found personal data in) is never kept: only its length.
      const refused = new Set(batch.map((e) => e.id));
      s = await this.update((q) => {
        q.pending = q.pending.filter((e) => !refused.has(e.id));
        q.rejected = [...batch.map((event) => ({ event: withoutFreeText(event), status: res.status, message: body.message ?? res.statusText })), ...q.rejected].slice(0, MAX_REJECTED);
        q.lastError = `${res.status}: ${body.message ?? res.statusText}`;
      });
    }
    return s;
  }

  /** Where an event stands: still waiting, refused (with the Worker's message), or delivered. */
  async outcome(id: string): Promise<{ state: "pending" } | { state: "refused"; status: number; message: string } | { state: "sent" }> {
    const s = await this.state();
    if (s.pending.some((e) => e.id === id)) return { state: "pending" };
    const refused = s.rejected.find((r) => r.event.id === id);
    return refused ? { state: "refused", status: refused.status, message: refused.message } : { state: "sent" };
  }

  private backoff(error: string, atLeastMs = 0): Promise<QueueState> {
    return this.update((q) => {
      q.attempts += 1;
      const delay = Math.max(atLeastMs, Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (q.attempts - 1)));
      q.nextAttemptAt = this.now() + delay;
      q.lastError = error;
    });
  }
}

/** The event without what the user typed as free text (the reason's explanation). */
function withoutFreeText(event: GuardEvent): GuardEvent {
  return event.reason?.text ? { ...event, reason: { ...event.reason, text: "" } } : event;
}
