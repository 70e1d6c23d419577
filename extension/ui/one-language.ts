import type { Lang } from "./texts.ts";

// The Worker and the background write messages for people as "Nederlands / English" (they do not know
// who reads them); a page shows only its reader's half, never both side by side.

export function inLanguage(message: string, lang: Lang): string {
  const at = message.indexOf(" / ");
  if (at < 0) return message;
  return (lang === "en" ? message.slice(at + 3) : message.slice(0, at)).trim();
}
