// Slate with slate-react and slate-history, in React 19: the model changes only through Slate's own
// beforeinput handling, so DOM edits it did not make are not in its value.
import { createElement as h, useMemo } from "react";
import { createRoot } from "react-dom/client";
import { createEditor, Editor, Node, Point, Range, type Descendant } from "slate";
import { Editable, Slate, withReact } from "slate-react";
import { withHistory } from "slate-history";
import { expose } from "./api.ts";

const initial: Descendant[] = [{ type: "paragraph", children: [{ text: "" }] } as Descendant];

function App() {
  const editor = useMemo(() => withHistory(withReact(createEditor())), []);
  expose({
    text: () => editor.children.map((n) => Node.string(n)).join("\n"),
    caretAtEnd: () => editor.selection !== null && Range.isCollapsed(editor.selection) && Point.equals(editor.selection.anchor, Editor.end(editor, [])),
  });
  return h(Slate, { editor, initialValue: initial, children: null }, h(Editable, { "aria-label": "Toelichting", placeholder: "Toelichting" }));
}

createRoot(document.querySelector("#field")!).render(h(App));
