import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { GuardEventInput } from "../../shared/schema/events.ts";
import { ADMIN, call, countRows, event, newOrg } from "./helpers.ts";

// Issue 11, findings 1 and 2: every string the Worker stores has a shape or is scanned, after folding
// the tricks that hide a value from a scanner. Nothing of a refused request is stored.

const postEvents = (auth: Record<string, string>, events: unknown[]) => call("/api/events", { headers: auth, json: { events } });
const exceptionRequest = (over: Record<string, unknown> = {}) => ({
  id: crypto.randomUUID(), category: "health", legalBasis: "consent", justification: "Toestemming ligt in het dossier", ...over,
});

async function tableCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ["events", "exceptions", "organisations", "api_keys", "admin_users", "report_snapshots"]) out[t] = await countRows(`SELECT count(*) AS n FROM ${t}`);
  return out;
}

describe("raw-data guard on every field (finding 1)", () => {
  it("refuses personal data in user, version, site, path and rule of an event, and stores nothing", async () => {
    const { orgId, auth } = await newOrg();
    const overrides: Partial<GuardEventInput>[] = [
      { user: "BSN 111222333" },
      { user: "Jan heeft epilepsie" },
      { version: "BSN 111222333" },
      { site: "jan heeft epilepsie" },
      { path: "/form%3Fbsn%3D111222333" },
      { path: "/patients/111222333/edit" },
      { rule: "bsn.111222333", category: "bsn" as const },
      { user: "111222333@bouw.nl" },
    ];
    for (const over of overrides) {
      const res = await postEvents(auth, [event(over)]);
      expect([400, 422], JSON.stringify(over)).toContain(res.status);
      expect(JSON.stringify(await res.json())).not.toMatch(/111222333|epilepsie/);
    }
    expect(await countRows("SELECT count(*) AS n FROM events WHERE org_id = ?", orgId)).toBe(0);
  });

  it("refuses personal data in user, site and pathPattern of an exception request", async () => {
    const { orgId, auth } = await newOrg();
    for (const over of [{ user: "BSN 111222333" }, { user: "Jan heeft epilepsie" }, { site: "111222333.nl" }, { pathPattern: "/form?bsn=111222333" }, { pathPattern: "/dossier/111222333/*" }]) {
      const res = await call("/api/exceptions", { headers: auth, json: exceptionRequest(over) });
      expect([400, 422], JSON.stringify(over)).toContain(res.status);
    }
    expect(await countRows("SELECT count(*) AS n FROM exceptions WHERE org_id = ?", orgId)).toBe(0);
  });

  it("refuses personal data in an admin's decision site/pathPattern, an organisation name and a key label, so /api/policy never serves it", async () => {
    const { orgId, auth } = await newOrg();
    const { id } = (await (await call("/api/exceptions", { headers: auth, json: exceptionRequest() })).json()) as { id: number };
    for (const decision of [
      { decision: "approve", validUntil: "2099-12-31", site: "111222333.deftiq.com" },
      { decision: "approve", validUntil: "2099-12-31", pathPattern: "/form/111.222.333/*" },
      { decision: "approve", validUntil: "2099-12-31", pathPattern: "/jan heeft epilepsie" },
      { decision: "approve", validUntil: "2099-12-31", note: "BSN 111222333" },
    ]) {
      const res = await call(`/api/admin/exceptions/${id}/decision`, { headers: ADMIN, json: decision });
      expect([400, 422], JSON.stringify(decision)).toContain(res.status);
    }
    expect((await env.DB.prepare("SELECT status FROM exceptions WHERE id = ?").bind(id).first<{ status: string }>())!.status).toBe("pending");
    const policy = await (await call("/api/policy", { headers: auth })).text();
    expect(policy).not.toMatch(/111|epilepsie/);

    const before = await tableCounts();
    expect((await call("/api/admin/orgs", { headers: ADMIN, json: { id: `o-${crypto.randomUUID().slice(0, 8)}`, name: "Jan heeft epilepsie" } })).status).toBe(422);
    expect((await call("/api/admin/orgs", { headers: ADMIN, json: { id: "111222333", name: "Bouw BV" } })).status).toBe(422);
    expect((await call("/api/admin/keys", { headers: ADMIN, json: { org: orgId, label: "BSN 111222333" } })).status).toBe(422);
    expect(await tableCounts()).toEqual(before);
  });
});

describe("bare and hidden values in free text (finding 2)", () => {
  it("refuses an elfproef-valid nine-digit number with no label, with separators, full-width or with invisible characters", async () => {
    const { orgId, auth } = await newOrg();
    for (const text of [
      "klant 111222333 gebeld",
      "nummer 111 222 333",
      "nummer 111.222.333",
      "nummer 111-222-333",
      "nummer １１１２２２３３３",
      "nummer 111\u200B222\u200C333",
      "nummer 111\u00AD222333",
      "nummer 111\u2060222\uFEFF333",
      "nummer 111\u00A0222\u2009333",
    ]) {
      const res = await postEvents(auth, [event({ reason: { code: "other", text } })]);
      expect(res.status, JSON.stringify(text)).toBe(422);
      const body = (await res.json()) as { issues: { path: string; message: string }[] };
      expect(body.issues[0]).toEqual({ path: "events[0].reason.text", message: "bsn" });
    }
    expect(await countRows("SELECT count(*) AS n FROM events WHERE org_id = ?", orgId)).toBe(0);
  });

  it("refuses special-category words hidden by zero-width characters, soft hyphens or full-width letters", async () => {
    const { orgId, auth } = await newOrg();
    for (const text of ["Jan heeft epi\u200Blepsie", "Jan heeft epi\u00ADlepsie", "Jan heeft ｅｐｉｌｅｐｓｉｅ", "JAN HEEFT ＥＰＩＬＥＰＳＩＥ", "hij\u00A0is\u3000vakbondslid"]) {
      const res = await postEvents(auth, [event({ field: "Omschrijving", reason: { code: "other", text } })]);
      expect(res.status, JSON.stringify(text)).toBe(422);
    }
    expect(await countRows("SELECT count(*) AS n FROM events WHERE org_id = ?", orgId)).toBe(0);
  });

  it("still takes ordinary reasons with numbers that are not a BSN", async () => {
    const { auth } = await newOrg();
    for (const text of ["Steiger 3 bij hal 12, 2 personen", "Order 123456789 is geen BSN", "Bel 06 12345678"]) {
      const res = await postEvents(auth, [event({ reason: { code: "other", text } })]);
      expect(res.status, text).toBe(200);
    }
  });
});

describe("rule ids (finding 1)", () => {
  it("stores a rule id from the engine's list as is, an unknown well-formed id of an older extension as its category, and refuses a rule of another category", async () => {
    const { orgId, auth } = await newOrg();
    const known = event({ rule: "health.lexicon.epilepsie" });
    const retired = event({ rule: "health.lexicon.no-longer-in-the-engine" });
    expect((await postEvents(auth, [known, retired])).status).toBe(200);
    const rules = (await env.DB.prepare("SELECT id, rule FROM events WHERE org_id = ?").bind(orgId).all<{ id: string; rule: string }>()).results;
    expect(Object.fromEntries(rules.map((r) => [r.id, r.rule]))).toEqual({ [known.id]: "health.lexicon.epilepsie", [retired.id]: "health" });
    const wrong = await postEvents(auth, [event({ category: "religion", rule: "health.lexicon.epilepsie" })]);
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe("events[0].rule");
  });
});
