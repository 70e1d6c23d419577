// The dialog submit-guard.ts shows before a form with open findings is sent: what was found per
// category, and per policy either "send anyway" (logged) or only "back to the form". It lives in the
// panel script (entrypoints/panel.ts), loaded on first use, like the explanation panel.
import type { Category } from "../../shared/engine/types.ts";
import { categoryName, type Lang } from "../ui/texts.ts";
import { submitTexts } from "../ui/panel-texts.ts";

export function showSubmitDialog(doc: Document, lang: Lang, categories: Category[], blocked: boolean, send: () => void, back: () => void): void {
  const s = submitTexts(lang);
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
  const counts = new Map<Category, number>();
  for (const c of categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  const title = doc.createElement("h2");
  title.id = "t";
  title.textContent = s.submitTitle;
  const list = doc.createElement("ul");
  for (const [c, n] of counts) {
    const li = doc.createElement("li");
    li.textContent = `${categoryName(c, lang)} (${n})`;
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
