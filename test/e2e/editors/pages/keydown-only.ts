// An editor that cannot be edited from outside: it keeps its own model, handles keys itself and
// cancels every beforeinput (as canvas- or hidden-textarea-based editors effectively do), then renders
// the model back into the DOM. The extension must notice its removal had no effect and say so.
import { expose } from "./api.ts";

const el = document.querySelector<HTMLElement>("#field")!;
let model = "";
let caret = 0;
const render = () => {
  el.textContent = model;
  const node = el.firstChild;
  if (node) document.getSelection()?.collapse(node, caret);
};
el.addEventListener("beforeinput", (e) => e.preventDefault());
el.addEventListener("keydown", (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key.length === 1) { model = model.slice(0, caret) + e.key + model.slice(caret); caret += 1; }
  else if (e.key === "Backspace" && caret > 0) { model = model.slice(0, caret - 1) + model.slice(caret); caret -= 1; }
  else return;
  e.preventDefault();
  render();
  el.dispatchEvent(new InputEvent("input", { bubbles: true }));
});
// Anything the DOM gained behind the editor's back is rendered over from the model.
new MutationObserver(() => { if (el.textContent !== model) render(); }).observe(el, { childList: true, characterData: true, subtree: true });
expose({ text: () => model });
