// Trix 2 (Basecamp), the <trix-editor> custom element with its own undo manager.
import "trix";
import { expose } from "./api.ts";

interface TrixElement extends HTMLElement { editor: { getDocument(): { toString(): string } } }

document.addEventListener("trix-initialize", () => {
  const el = document.querySelector<TrixElement>("trix-editor")!;
  // Trix's document always ends with a block break "\n".
  expose({ text: () => el.editor.getDocument().toString().replace(/\n$/, "") });
}, { once: true });
