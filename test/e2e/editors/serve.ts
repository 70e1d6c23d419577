// Test pages with the editors people embed in forms, bundled with esbuild into a temporary folder and
// served from a loopback port (the local build guards http://127.0.0.1 on every port). Test-only: nothing
// here is imported by the extension or the Worker, so none of it reaches a production bundle.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../../..");

/** Each page: the field's markup (the editor mounts on #field) and the selector of the guarded element. */
export const EDITORS = {
  quill: { field: `<div id="field"></div>`, selector: "#field .ql-editor" },
  trix: { field: `<input id="trix-value" type="hidden"><trix-editor id="field" input="trix-value" aria-label="Toelichting"></trix-editor>`, selector: "trix-editor" },
  slate: { field: `<div id="field"></div>`, selector: "[data-slate-editor]" },
  ckeditor: { field: `<div id="field"></div>`, selector: ".ck-editor__editable" },
  lexical: { field: `<div id="field" contenteditable="true" aria-label="Toelichting"></div>`, selector: "#field" },
  tiptap: { field: `<div id="field"></div>`, selector: "#field .ProseMirror" },
  "react-textarea": { field: `<div id="field"></div>`, selector: "#area" },
  "keydown-only": { field: `<div id="field" contenteditable="true" aria-label="Toelichting"></div>`, selector: "#field" },
} as const;

export type EditorName = keyof typeof EDITORS;

const page = (name: EditorName) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${name}</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:24px} #field,.ck-editor,trix-editor,textarea{width:600px;min-height:80px}
[contenteditable]{border:1px solid #999;padding:6px}</style></head>
<body><form id="form"><label>Toelichting</label>${EDITORS[name].field}<button type="submit">Versturen</button></form>
<script type="module" src="/${name}.js"></script></body></html>`;

export interface EditorPages { url(name: EditorName): string; close(): Promise<void> }

export async function serveEditorPages(): Promise<EditorPages> {
  const out = mkdtempSync(join(tmpdir(), "dpa-e2e-editors-"));
  const entries = Object.keys(EDITORS).map((n) => `test/e2e/editors/pages/${n}.ts`);
  const build = spawnSync(resolve(ROOT, "node_modules/.bin/esbuild"), [
    ...entries, "--bundle", "--format=esm", "--splitting", "--target=es2022", "--log-level=warning",
    "--define:process.env.NODE_ENV=\"production\"", `--outdir=${out}`,
  ], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`editor pages bundle failed:\n${build.stderr}`);
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!.slice(1);
    // No favicon: an empty answer instead of a 404 the page's console would report as an error.
    if (path === "favicon.ico") return void res.writeHead(204).end();
    if (path in EDITORS) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page(path as EditorName));
      return;
    }
    if (/^[\w.-]+\.js$/.test(path)) {
      try {
        res.writeHead(200, { "content-type": "text/javascript" }).end(readFileSync(join(out, path)));
      } catch {
        res.writeHead(404).end();
      }
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as { port: number };
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}`,
    close: async () => {
      await new Promise<void>((ok) => server.close(() => ok()));
      rmSync(out, { recursive: true, force: true });
    },
  };
}
