// Before a form with open findings is sent (submit event, submit button, Enter in a single-line
// input: all end in `submit`), a dialog lists what was found. Per category the policy says `warn`
// (send anyway, logged) or `block` (resolve first or get an exception).
import { categoryName, t } from "../ui/texts.ts";
import type { FieldSession } from "./field-session.ts";
import type { PageState } from "./page-state.ts";

export function guardSubmits(doc: Document, sessions: () => Iterable<FieldSession>, page: PageState, signal: AbortSignal): void {
  const passing = new WeakSet<HTMLFormElement>();

  doc.addEventListener("submit", (event) => {
    try {
      // tagName, not instanceof: a same-origin frame's form belongs to another realm.
      const target = event.target as Element | null;
      if (!target || target.nodeType !== 1 || target.tagName !== "FORM") return;
      const form = target as HTMLFormElement;
      if (passing.has(form)) {
        passing.delete(form);
        return;
      }
      const inForm = [...sessions()].filter((s) => form.contains(s.element));
      // A debounced scan may still be pending: judge the text as it is now.
      for (const s of inForm) s.scan();
      const open = inForm.flatMap((s) => s.openFindings().map((f) => ({ session: s, finding: f })));
      if (!open.length) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const blocked = open.some(({ finding }) => page.modeOf(finding.category) === "block");
      const submitter = (event as SubmitEvent).submitter;
      for (const { session, finding } of open) void session.report(finding, blocked ? "submit_blocked" : "submit_warned");
      showDialog(doc, page, open.map((o) => o.finding.category), blocked, () => {
        passing.add(form);
        form.requestSubmit(submitter && form.contains(submitter) ? submitter : undefined);
      }, () => open[0]?.session.element.focus());
    } catch (e) {
      console.debug("dpa-guard:", e);
    }
  }, { capture: true, signal });
}

function showDialog(doc: Document, page: PageState, categories: string[], blocked: boolean, send: () => void, back: () => void): void {
  const s = t(page.ctx.lang);
  const host = doc.createElement("dpa-guard-dialog");
  host.style.cssText = "all:initial;position:fixed;z-index:2147483647;";
  host.dataset.state = blocked ? "block" : "warn";
  const root = host.attachShadow({ mode: "closed" });
  const dialog = doc.createElement("dialog");
  dialog.setAttribute("aria-labelledby", "t");
  const style = doc.createElement("style");
  style.textContent = `dialog{font:14px/1.45 system-ui,sans-serif;color:#1c2430;border:1px solid #9aa5b1;border-radius:8px;max-width:440px;padding:16px 18px}
h2{font-size:16px;margin:0 0 8px}ul{margin:6px 0 10px;padding-left:18px}p{margin:6px 0}
.row{display:flex;gap:8px;justify-content:flex-end;margin-top:12px}
button{font:inherit;padding:4px 10px;border:1px solid #12355b;border-radius:4px;background:#fff;color:#12355b;cursor:pointer}
button.primary{background:#12355b;color:#fff}`;
  const counts = new Map<string, number>();
  for (const c of categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  const title = doc.createElement("h2");
  title.id = "t";
  title.textContent = s.submitTitle;
  const list = doc.createElement("ul");
  for (const [c, n] of counts) {
    const li = doc.createElement("li");
    li.textContent = `${categoryName(c as never, page.ctx.lang)} (${n})`;
    list.append(li);
  }
  const text = doc.createElement("p");
  text.textContent = blocked ? s.submitBlocked : s.submitWarn;
  const why = doc.createElement("p");
  why.textContent = s.why;
  why.style.cssText = "font-size:12px;color:#4a5562";
  const row = doc.createElement("div");
  row.className = "row";
  const close = () => {
    dialog.close();
    host.remove();
  };
  const backButton = doc.createElement("button");
  backButton.textContent = s.back;
  backButton.className = "primary";
  backButton.addEventListener("click", () => {
    close();
    back();
  });
  row.append(backButton);
  if (!blocked) {
    const sendButton = doc.createElement("button");
    sendButton.textContent = s.sendAnyway;
    sendButton.addEventListener("click", () => {
      close();
      send();
    });
    row.append(sendButton);
  }
  dialog.append(title, list, text, why, row);
  dialog.addEventListener("cancel", () => {
    host.remove();
    back();
  });
  root.append(style, dialog);
  doc.body.append(host);
  dialog.showModal();
  backButton.focus();
}
