import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TEMPLATED_PATH, normaliseUserRef, userRef } from "../../shared/schema/formats.ts";
import { templatePath } from "../../shared/schema/page-path.ts";

// What the extension sends must be what the Worker accepts: a refused event is lost.

describe("page paths the extension sends", () => {
  it("replaces every number and opaque id, drops query and fragment, and always has the shape the Worker accepts", () => {
    expect(templatePath("/projects/4711/incidents/new")).toBe("/projects/:id/incidents/new");
    expect(templatePath("/v2/forms/report2024")).toBe("/:id/forms/:id");
    expect(templatePath("/form%3Fbsn%3D111222333")).toBe("/:id");
    expect(templatePath("/a b/c+d@e")).toBe("/a-b/c-d-e");
    expect(templatePath("/dossier/AbCdEfGhIjKlMnOpQr/edit")).toBe("/dossier/:id/edit");
    expect(templatePath("/x/１２３")).toBe("/x/:id");
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 120 }), (raw) => {
      const out = templatePath(raw.startsWith("/") ? raw : `/${raw}`);
      expect(out).toMatch(TEMPLATED_PATH);
      expect(out).not.toMatch(/\d|[?#]/);
      expect(templatePath(out)).toBe(out);
    }), { numRuns: 300 });
  }, 60_000);
});

describe("user references the extension sends", () => {
  it("keeps an e-mail, turns a typed name into a handle, and the Worker accepts both", () => {
    expect(normaliseUserRef(" J.Jansen@Bouw.NL ")).toBe("j.jansen@bouw.nl");
    expect(normaliseUserRef("Jan de Vries")).toBe("jan.de.vries");
    expect(normaliseUserRef("Élodie  O'Brien")).toBe("élodie.obrien");
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (raw) => {
      const out = normaliseUserRef(raw);
      if (out) expect(userRef().safeParse(out).success, JSON.stringify(out)).toBe(true);
    }), { numRuns: 300 });
  }, 60_000);
});
