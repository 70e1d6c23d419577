import { Hono } from "hono";
import type { AppContext } from "../env.ts";
import { demoPage, echoPage } from "../../demo/page.ts";
import { badForm, formBody } from "../lib/csrf.ts";

/**
 * A stand-in for Deftiq's incident-report form, so the extension can be tried and tested locally:
 * short inputs, a textarea, a plain contenteditable and a TipTap (ProseMirror) rich-text editor.
 */
export const demo = new Hono<AppContext>()
  .get("/", (c) => c.html(demoPage()))
  .post("/", async (c) => {
    const form = await formBody(c);
    if (!form) return badForm(c);
    const fields = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, typeof v === "string" ? v : "(bestand)"]));
    return c.html(echoPage(fields));
  });
