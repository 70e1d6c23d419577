// What every editor test page exposes to the e2e test: the editor's own serialised text, read through
// the editor's API (its model), never from the DOM, so a removal that only changed the DOM is caught.
export interface EditorUnderTest {
  /** The editor's model as plain text, paragraphs joined by "\n", without a trailing newline. */
  text(): string;
}

declare global {
  interface Window { editorUnderTest?: EditorUnderTest }
}

export function expose(api: EditorUnderTest): void {
  window.editorUnderTest = api;
}
