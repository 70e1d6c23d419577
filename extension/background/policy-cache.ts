import { policySchema, type Policy } from "../../shared/schema/policy.ts";
import type { KeyValueArea } from "./storage.ts";
import type { Delivery } from "./event-queue.ts";

// The organisation's policy, cached so the extension works offline: refreshed on an interval and on
// demand with If-None-Match (a 304 only renews the timestamp). A failed refresh keeps the cache.

export interface CachedPolicy {
  policy: Policy;
  etag: string | null;
  fetchedAt: number;
  checkedAt: number;
  error?: string;
}

const KEY = "policy";

export async function cachedPolicy(area: KeyValueArea): Promise<CachedPolicy | undefined> {
  return (await area.get(KEY)) as CachedPolicy | undefined;
}

export async function refreshPolicy(area: KeyValueArea, delivery: Delivery | undefined, now = Date.now()): Promise<CachedPolicy | undefined> {
  const cached = await cachedPolicy(area);
  if (!delivery) return cached;
  try {
    const res = await fetch(`${delivery.url}/api/policy`, {
      headers: { Authorization: `Bearer ${delivery.apiKey}`, ...(cached?.etag ? { "If-None-Match": cached.etag } : {}) },
    });
    if (res.status === 304 && cached) {
      const next = { ...cached, checkedAt: now, error: undefined };
      await area.set(KEY, next);
      return next;
    }
    const body = await res.json();
    if (!res.ok) throw new Error(`${res.status}: ${(body as { message?: string }).message ?? res.statusText}`);
    const policy = policySchema.parse(body);
    const next: CachedPolicy = { policy, etag: res.headers.get("ETag"), fetchedAt: now, checkedAt: now };
    await area.set(KEY, next);
    return next;
  } catch (e) {
    if (!cached) return undefined;
    const next = { ...cached, error: (e as Error).message };
    await area.set(KEY, next);
    return next;
  }
}
