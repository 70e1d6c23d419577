// Browser bundle for the demo page: a real TipTap (ProseMirror) editor, as a Deftiq-like SPA would use,
// exposed as window.demoEditor so end-to-end tests can ask the editor's own model what it holds.
import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";

declare global {
  interface Window { demoEditor: Editor }
}

const editor = new Editor({
  element: document.querySelector<HTMLElement>("#notes-editor")!,
  extensions: [StarterKit],
  content: "",
  // The editable element ProseMirror makes needs its own name: the label points at the wrapper.
  editorProps: { attributes: { role: "textbox", "aria-multiline": "true", "aria-labelledby": "notes-label" } },
});
window.demoEditor = editor;

document.querySelector<HTMLFormElement>("#incident")!.addEventListener("submit", () => {
  document.querySelector<HTMLInputElement>("#notes-value")!.value = editor.getText();
  document.querySelector<HTMLInputElement>("#measures-value")!.value = document.querySelector("#measures")!.textContent ?? "";
});
