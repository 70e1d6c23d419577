// A React-controlled <textarea>: React's state is the model; it sees a change only through the input
// event its value tracker accepts.
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";
import { expose } from "./api.ts";

let current = "";
function App() {
  const [value, setValue] = useState("");
  current = value;
  return h("textarea", { id: "area", "aria-label": "Toelichting", rows: 4, cols: 60, value, onChange: (e: { target: { value: string } }) => setValue(e.target.value) });
}
expose({ text: () => current });
createRoot(document.querySelector("#field")!).render(h(App));
