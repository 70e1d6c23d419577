// Which pages an exception covers. Kept free of zod: the content script imports it on every page, and
// its bundle must stay small.

/** Whether an exception's site and path pattern cover a page (`*`: any run of characters in a site, one path segment in a path). */
export function exceptionCovers(e: { site: string; pathPattern: string }, site: string, path: string): boolean {
  if (e.site && !globMatch(e.site.toLowerCase(), site.toLowerCase(), ".*")) return false;
  if (e.pathPattern && !globMatch(e.pathPattern, path, "[^/]*")) return false;
  return true;
}

function globMatch(pattern: string, value: string, star: string): boolean {
  // A trailing "/*" also covers everything below: "/projects/*" covers "/projects/1/incidents/new".
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  const source = escaped.endsWith("/*") ? `${escaped.slice(0, -2).replaceAll("*", star)}(/.*)?` : escaped.replaceAll("*", star);
  return new RegExp(`^${source}$`).test(value);
}
