import { cors } from "hono/cors";

// The extension's background worker talks to the API from its own origin (chrome-extension://<id>,
// moz-extension://<uuid>). Web pages never may: a page on another site must not be able to post
// events with a key it found. EXTENSION_ORIGINS pins the published ids; empty allows any extension
// origin (local development, where the unpacked id differs per machine).

const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\/[a-z0-9-]+$/i;

export function extensionCors(configured: string | undefined) {
  const allowed = (configured ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return cors({
    origin: (origin) => {
      if (!EXTENSION_ORIGIN.test(origin)) return null;
      return allowed.length === 0 || allowed.includes(origin) ? origin : null;
    },
    allowMethods: ["GET", "POST", "OPTIONS"],
    allowHeaders: ["Authorization", "Content-Type", "If-None-Match"],
    exposeHeaders: ["ETag", "Retry-After"],
    maxAge: 600,
  });
}
