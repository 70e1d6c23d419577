// Quill 2 (Snow theme's core, default modules: keyboard, clipboard, history with its 1 s merge delay).
import Quill from "quill";
import { expose } from "./api.ts";

const quill = new Quill("#field", { placeholder: "Toelichting" });
// Quill keeps one trailing "\n" in its document.
expose({ text: () => quill.getText().replace(/\n$/, "") });
