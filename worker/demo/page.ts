// The demo form's HTML. Looks and behaves like a Deftiq incident report; no real Deftiq markup is copied.
const escape = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

const STYLE = `
  body { font: 15px/1.45 system-ui, sans-serif; margin: 0; background: #f4f6f8; color: #1c2630; }
  header { background: #0b3d5c; color: #fff; padding: 12px 24px; font-weight: 600; }
  main { max-width: 760px; margin: 24px auto; background: #fff; padding: 24px; border-radius: 8px; box-shadow: 0 1px 3px #0002; }
  label { display: block; font-weight: 600; margin: 14px 0 4px; }
  input, textarea, .editable, .ProseMirror { width: 100%; box-sizing: border-box; border: 1px solid #b8c2cc; border-radius: 4px; padding: 8px; font: inherit; background: #fff; }
  textarea { min-height: 110px; resize: vertical; }
  .editable, .ProseMirror { min-height: 90px; white-space: pre-wrap; }
  .row { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 12px; }
  button { margin-top: 18px; background: #e6007e; color: #fff; border: 0; padding: 10px 18px; border-radius: 4px; font: inherit; cursor: pointer; }
`;

export function demoPage(): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Incident melden — demo</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${STYLE}</style></head>
<body>
<header>Veiligheidsplatform (demo) — Project 2041 · Incident melden</header>
<main>
  <form id="incident" method="post" action="/demo">
    <label for="title">Titel</label>
    <input id="title" name="title" type="text" placeholder="Korte omschrijving">
    <div class="row">
      <div><label for="injured">Naam betrokkene</label><input id="injured" name="injured" type="text"></div>
      <div><label for="location">Locatie</label><input id="location" name="location" type="text"></div>
      <div><label for="date">Datum</label><input id="date" name="date" type="date"></div>
    </div>
    <label for="description">Omschrijving</label>
    <textarea id="description" name="description" placeholder="Wat is er gebeurd?"></textarea>
    <label id="measures-label">Genomen maatregelen</label>
    <div id="measures" class="editable" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="measures-label"></div>
    <input type="hidden" name="measures" id="measures-value">
    <label id="notes-label">Toelichting (opgemaakte tekst)</label>
    <div id="notes-editor" aria-labelledby="notes-label"></div>
    <input type="hidden" name="notes" id="notes-value">
    <button type="submit" id="submit">Melding versturen</button>
  </form>
  <h2>Aanvulling onderaannemer</h2>
  <!-- A same-origin frame, as embedded sub-forms and some rich-text editors use. -->
  <iframe id="subform" title="Aanvulling onderaannemer" srcdoc="<!doctype html><meta charset=utf-8><label for=extra>Aanvulling</label><br><textarea id=extra rows=3 cols=50></textarea>"></iframe>
</main>
<script type="module" src="/static/demo-editor.js"></script>
</body></html>`;
}

export function echoPage(fields: Record<string, string>): string {
  const rows = Object.entries(fields).map(([k, v]) => `<tr><th>${escape(k)}</th><td>${escape(v)}</td></tr>`).join("");
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Melding ontvangen</title><style>${STYLE}</style></head>
<body><header>Melding ontvangen (demo)</header><main><table id="echo">${rows}</table><p><a href="/demo">Nieuwe melding</a></p></main></body></html>`;
}
