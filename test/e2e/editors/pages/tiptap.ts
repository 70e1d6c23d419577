// TipTap 3 (ProseMirror) with the starter kit, as on the demo form: ProseMirror reads DOM edits back
// through its DOM observer and keeps its own undo history.
import { Editor } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { expose } from "./api.ts";

const editor = new Editor({ element: document.querySelector<HTMLElement>("#field")!, extensions: [StarterKit], content: "" });
expose({ text: () => editor.getText() });
