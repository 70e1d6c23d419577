// Events name the form a warning appeared on, not the record: ids in the path are replaced, so
// "/projects/4711/incidents/new" and "/projects/4712/incidents/new" are one form in the report and no
// record number leaves the browser. Query strings and fragments are dropped entirely. The Worker
// refuses any path that is not in this shape (shared/schema/formats.ts TEMPLATED_PATH): no digit at all,
// because a digit run in a path is a record number, a date or worse (a BSN in "/form%3Fbsn%3D…").

const ID_SEGMENT = [
  /\d/, // any digit: 4711, inc-2024, v2, a date
  /^[0-9a-f]{12,}$/i, // hex ids (hashes) without digits
  /^(?=.*[a-z])(?=.*[A-Z])[A-Za-z_-]{16,}$/, // long mixed-case opaque tokens (base64url ids)
];

export function templatePath(pathname: string): string {
  const path = pathname.split(/[?#]/)[0] || "/";
  const segments = path.split("/").map((segment) => {
    let s = segment;
    try {
      s = decodeURIComponent(segment);
    } catch {
      // keep a malformed escape as it is: it holds digits and becomes :id below
    }
    s = s.normalize("NFKC");
    if (s === ":id") return s;
    if (ID_SEGMENT.some((re) => re.test(s))) return ":id";
    // Only letters and -_.~ survive; anything else ("+", "@", spaces) becomes a dash.
    return s.replace(/[^\p{L}\p{M}_.~-]+/gu, "-");
  });
  const out = segments.join("/");
  // A cut at 300 characters must not leave half a placeholder behind.
  return (out.startsWith("/") ? out : `/${out}`).slice(0, 300).replace(/:i?$/, "");
}
