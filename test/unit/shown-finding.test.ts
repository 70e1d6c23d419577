import { describe, expect, it } from "vitest";
import { detect } from "../../shared/engine/index.ts";
import { effectiveCategories } from "../../shared/schema/policy.ts";
import type { Policy } from "../../shared/schema/policy.ts";
import { classify, lookOf, suppressionKey, warns } from "../../extension/content/shown-finding.ts";

// How a finding is judged against the organisation's policy: block means block (an override does not
// silence it), a pending request still warns, and only an approved exception turns it green.

const text = "Nieuwe sjouwer, BSN 123456782.";
const findings = detect(text);
const policy = (mode: "warn" | "block", exceptions: Policy["exceptions"] = []): Policy => ({
  organisation: "demo", version: 1, origins: [], exceptions,
  categories: { ...effectiveCategories({ categories: {}, origins: [] }), bsn: { enabled: true, mode } },
});
const page = (p: Policy, requested: { id?: number }[] = []) => ({
  site: "127.0.0.1", path: "/demo", policy: p,
  requested: requested.map((r) => ({ requestId: "r", ...r, category: "bsn" as const, site: "127.0.0.1", pathPattern: "/demo", requestedAt: 0 })),
});

describe("judging findings against the policy", () => {
  it("finds the BSN these cases are about", () => {
    expect(findings.map((f) => f.category)).toEqual(["bsn"]);
  });

  it("an override silences a finding in warn mode, but not in block mode", () => {
    const suppressed = new Set([suppressionKey(findings[0]!, text)]);
    expect(classify(findings, text, page(policy("warn")), suppressed)).toEqual([]);
    const blocked = classify(findings, text, page(policy("block")), suppressed);
    expect(blocked.map((f) => [f.status, f.mode])).toEqual([["open", "block"]]);
    expect(blocked.every(warns)).toBe(true);
  });

  it("a pending request still warns, with the warning's underline, and is marked requested", () => {
    const [f] = classify(findings, text, page(policy("block"), [{ id: 7 }]), new Set());
    expect(f).toMatchObject({ status: "requested", mode: "block", request: { id: 7 } });
    expect(warns(f!)).toBe(true);
    expect(lookOf(f!)).toBe("high");
  });

  it("only an approved exception in force allows it (green); an expired one warns again", () => {
    const approved = policy("block", [{ id: 7, category: "bsn", site: "127.0.0.1", pathPattern: "/demo", validUntil: "2999-12-31" }]);
    const [f] = classify(findings, text, page(approved, [{ id: 7 }]), new Set());
    expect(f).toMatchObject({ status: "allowed", exception: { id: 7 } });
    expect(warns(f!)).toBe(false);
    expect(lookOf(f!)).toBe("allowed");
    const expired = policy("block", [{ id: 7, category: "bsn", site: "127.0.0.1", pathPattern: "/demo", validUntil: "2000-01-01" }]);
    expect(classify(findings, text, page(expired, [{ id: 7 }]), new Set())[0]!.status).toBe("open");
  });
});
