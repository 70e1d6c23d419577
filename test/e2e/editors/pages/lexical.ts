// Lexical (Meta) with the plain-text plugin and its history (1 s merge delay for same-kind edits).
import { $getRoot, createEditor } from "lexical";
import { registerPlainText } from "@lexical/plain-text";
import { createEmptyHistoryState, registerHistory } from "@lexical/history";
import { expose } from "./api.ts";

const editor = createEditor({ namespace: "e2e", onError: (e) => { throw e; } });
editor.setRootElement(document.querySelector<HTMLElement>("#field")!);
registerPlainText(editor);
registerHistory(editor, createEmptyHistoryState(), 1000);
expose({ text: () => editor.getEditorState().read(() => $getRoot().getTextContent()) });
