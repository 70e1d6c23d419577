import { describe, expect, it } from "vitest";
import { isoWeek, lastWeeks, previousWeek, weekRange } from "../../shared/schema/week.ts";
import { exceptionCovers } from "../../shared/schema/policy.ts";
import { eventBatchSchema } from "../../shared/schema/events.ts";

describe("ISO weeks on Amsterdam clocks", () => {
  it("puts Sunday evening UTC in the next week when Amsterdam is already on Monday", () => {
    expect(isoWeek("2026-11-22T22:59:59Z")).toBe("2026-W47"); // 23:59:59 CET Sunday
    expect(isoWeek("2026-11-22T23:00:00Z")).toBe("2026-W48"); // 00:00 CET Monday
    expect(isoWeek("2026-06-28T21:59:59Z")).toBe("2026-W26"); // 23:59:59 CEST Sunday
    expect(isoWeek("2026-06-28T22:00:00Z")).toBe("2026-W27");
  });
  it("knows years with 53 weeks and weeks that start in the year before", () => {
    expect(isoWeek("2027-01-03T12:00:00Z")).toBe("2026-W53");
    expect(isoWeek("2025-12-29T12:00:00Z")).toBe("2026-W01");
    expect(() => weekRange("2025-W53")).toThrow(RangeError);
    expect(() => weekRange("2026-47")).toThrow(RangeError);
  });
  it("gives week boundaries as UTC instants across both DST switches", () => {
    expect(weekRange("2026-W13")).toEqual({ start: new Date("2026-03-22T23:00:00Z"), end: new Date("2026-03-29T22:00:00Z") });
    expect(weekRange("2026-W43")).toEqual({ start: new Date("2026-10-18T22:00:00Z"), end: new Date("2026-10-25T23:00:00Z") });
  });
  it("walks back over a year boundary", () => {
    expect(previousWeek("2026-W01")).toBe("2025-W52");
    expect(lastWeeks("2026-W02", 3)).toEqual(["2025-W52", "2026-W01", "2026-W02"]);
  });
});

describe("exception scope", () => {
  it("matches site and path patterns; a trailing /* covers everything below", () => {
    const e = { site: "*.deftiq.com", pathPattern: "/projects/*" };
    expect(exceptionCovers(e, "app.deftiq.com", "/projects/12/incidents/new")).toBe(true);
    expect(exceptionCovers(e, "app.deftiq.nl", "/projects/12")).toBe(false);
    expect(exceptionCovers({ site: "", pathPattern: "/lmra/*/edit" }, "x", "/lmra/3/edit")).toBe(true);
    expect(exceptionCovers({ site: "", pathPattern: "/lmra/*/edit" }, "x", "/lmra/3/4/edit")).toBe(false);
    expect(exceptionCovers({ site: "", pathPattern: "" }, "any", "/any")).toBe(true);
  });
});

describe("event wire format", () => {
  it("needs a reason for overrides and refuses one on removals", () => {
    const base = { id: crypto.randomUUID(), category: "bsn", rule: "bsn.keyword-bound", confidence: "high", at: "2026-11-23T10:00:00Z" };
    expect(eventBatchSchema.safeParse({ events: [{ ...base, type: "override" }] }).success).toBe(false);
    expect(eventBatchSchema.safeParse({ events: [{ ...base, type: "override", reason: { code: "consent" } }] }).success).toBe(true);
    expect(eventBatchSchema.safeParse({ events: [{ ...base, type: "removed", reason: { code: "consent" } }] }).success).toBe(false);
    expect(eventBatchSchema.safeParse({ events: [{ ...base, type: "removed", path: "/x?id=3" }] }).success).toBe(false);
  });
});

import { templatePath } from "../../shared/schema/page-path.ts";
describe("page paths in events", () => {
  it("replaces record ids and drops query strings, so no record number leaves the browser", () => {
    expect(templatePath("/projects/4711/incidents/new")).toBe("/projects/:id/incidents/new");
    expect(templatePath("/lmra/3f2a6c1e-9b1d-4c1e-8f00-1a2b3c4d5e6f/edit?tab=2#x")).toBe("/lmra/:id/edit");
    expect(templatePath("/reports/inc-2024/view")).toBe("/reports/:id/view");
    expect(templatePath("/toolbox/new")).toBe("/toolbox/new");
    expect(templatePath("")).toBe("/");
  });
});
