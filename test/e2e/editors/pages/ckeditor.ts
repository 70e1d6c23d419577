// CKEditor 5 (ClassicEditor: essentials include Typing, Delete and Undo), GPL licence key.
import { ClassicEditor, Essentials, Paragraph, type ModelElement, type ModelText } from "ckeditor5";
import { expose } from "./api.ts";

const editor = await ClassicEditor.create(document.querySelector<HTMLElement>("#field")!, {
  licenseKey: "GPL",
  plugins: [Essentials, Paragraph],
  toolbar: [],
});
expose({
  text: () => {
    const root = editor.model.document.getRoot()!;
    return [...root.getChildren()].map((block) =>
      [...(block as ModelElement).getChildren()].map((n) => (n.is("$text") ? (n as ModelText).data : "")).join("")).join("\n");
  },
});
