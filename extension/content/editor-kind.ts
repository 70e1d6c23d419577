// Which rich-text editor owns a contenteditable field, told from the markers each one puts in the DOM
// (the content script lives in an isolated world and cannot reach the editor's JavaScript object).
// Removal treats them all the same way (select, then a real delete the editor handles as user input);
// the kinds exist for the few quirks that differ, each documented where it is handled.

export type EditorKind = "trix" | "quill" | "slate" | "lexical" | "ckeditor5" | "prosemirror" | "plain";

export function editorKind(el: HTMLElement): EditorKind {
  if (el.tagName === "TRIX-EDITOR") return "trix";
  if (el.classList.contains("ql-editor")) return "quill";
  if (el.hasAttribute("data-slate-editor")) return "slate";
  if (el.hasAttribute("data-lexical-editor")) return "lexical";
  if (el.classList.contains("ck-editor__editable")) return "ckeditor5";
  if (el.classList.contains("ProseMirror")) return "prosemirror";
  return "plain";
}
