import { z } from "zod";

// Every string the Worker stores has a shape, checked before anything else. A field built with one of
// these helpers carries its shape's name in zod metadata; the Worker's guard scans any string field
// WITHOUT such a name as free text (with the engine), so a field added later is never unchecked.

/** The metadata key naming a string's shape. */
export const FORMAT_KEY = "dpaFormat";

const formatted = <T extends z.ZodType>(schema: T, name: string): T => schema.meta({ [FORMAT_KEY]: name }) as T;

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
/** A host name or IPv4 address, lower case, with an optional port: `app.deftiq.com`, `127.0.0.1:8787`. */
export const HOST_NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*(?::\\d{1,5})?$`);
/** A host name where an exception may start with `*.` (or be `*`, any site). */
export const SITE_GLOB = new RegExp(`^(?:\\*|(?:\\*\\.)?${LABEL}(?:\\.${LABEL})*(?::\\d{1,5})?)$`);
/** A page path as `templatePath` makes it: letters and `-_.~` between slashes, ids as `:id`, no digits. */
export const TEMPLATED_PATH = /^(?:\/(?:[\p{L}\p{M}_.~-]|:id)*)+$/u;
/** The same with `*` for any one segment (a trailing `/*`: anything below). */
export const PATH_PATTERN = /^(?:\/(?:[\p{L}\p{M}_.~*-]|:id)*)+$/u;
/** `1.4.2`, `1.4.2-beta.1`: the extension's manifest version. */
export const VERSION = /^\d{1,4}(?:\.\d{1,4}){0,3}(?:-[0-9a-z]{1,20}(?:\.[0-9a-z]{1,20}){0,3})?$/i;
export const EMAIL = /^[a-z0-9][a-z0-9._+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
/** An opaque user handle: lower-case letters, digits, `._-`, no spaces (`j.jansen`, `medewerker-17`). */
export const USER_HANDLE = /^[\p{Ll}\p{Lo}0-9][\p{Ll}\p{Lo}\p{M}0-9._-]{0,63}$/u;
/** An engine rule id as the engine writes them: `bsn.keyword-bound`, `health.lexicon.epilepsie`. */
export const RULE_ID = /^[a-z]+(?:\.[a-z0-9-]+){1,3}$/;
export const ORG_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

export const hostName = () => formatted(z.string().max(259).regex(HOST_NAME, { error: "a host name such as app.deftiq.com" }), "host");
export const siteGlob = () => formatted(z.string().max(259).regex(SITE_GLOB, { error: "a host name such as app.deftiq.com, *.deftiq.com or *" }), "site-glob");
export const templatedPath = () => formatted(
  z.string().max(300).regex(TEMPLATED_PATH, { error: "a path with every number and id replaced by :id and no query or fragment, such as /projects/:id/incidents/new" }),
  "path",
);
export const pathPattern = () => formatted(
  z.string().max(300).regex(PATH_PATTERN, { error: "a path pattern such as /projects/:id/incidents/* (no digits, query or fragment)" }),
  "path-pattern",
);
export const versionString = () => formatted(z.string().max(40).regex(VERSION, { error: "a version number such as 1.4.2" }), "version");
export const userRef = () => formatted(
  z.string().max(200).refine((s) => EMAIL.test(s) || USER_HANDLE.test(s), { error: "an e-mail address or a user handle without spaces (lower case)" }),
  "user",
);
export const emailAddress = () => formatted(z.string().max(200).regex(EMAIL, { error: "an e-mail address in lower case" }), "email");
export const ruleId = () => formatted(z.string().max(100).regex(RULE_ID, { error: "a rule id such as bsn.keyword-bound" }), "rule");
export const orgId = () => formatted(z.string().regex(ORG_ID, { error: "lower-case letters, digits and dashes" }), "org-id");

/** Marks a string schema as having a shape (for regexes defined elsewhere, such as policy origins). */
export const withFormat = formatted;

/**
 * What the extension sends as `user`: an e-mail address as is (lower case), anything else (a name
 * typed in the options) as a handle: lower case, spaces to dots, other punctuation dropped.
 */
export function normaliseUserRef(raw: string): string {
  const s = raw.normalize("NFKC").trim().toLowerCase();
  if (!s || EMAIL.test(s)) return s;
  return s.replace(/\s+/g, ".").replace(/[^\p{L}\p{M}\p{N}._-]/gu, "").replace(/^[._-]+/, "").slice(0, 64);
}
