// Events name the form a warning appeared on, not the record: ids in the path are replaced, so
// "/projects/4711/incidents/new" and "/projects/4712/incidents/new" are one form in the report and no
// record number leaves the browser. Query strings and fragments are dropped entirely.

const ID_SEGMENT = [
  /^\d+$/, // 4711
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, // UUID
  /^[0-9a-f]{12,}$/i, // hex ids (Mongo ObjectId, hashes)
  /^(?=.*\d)[A-Za-z0-9_-]{16,}$/, // long opaque tokens with digits (base64url ids)
  /^[a-z]{1,4}-?\d{2,}$/i, // short prefixed numbers: "inc-2024", "P123"
];

export function templatePath(pathname: string): string {
  const path = pathname.split(/[?#]/)[0] || "/";
  const segments = path.split("/").map((segment) => {
    let s = segment;
    try {
      s = decodeURIComponent(segment);
    } catch {
      // keep a malformed escape as it is
    }
    return ID_SEGMENT.some((re) => re.test(s)) ? ":id" : segment;
  });
  const out = segments.join("/").replace(/\s+/g, "");
  return (out.startsWith("/") ? out : `/${out}`).slice(0, 300);
}
