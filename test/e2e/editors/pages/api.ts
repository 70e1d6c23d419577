// What every editor test page exposes to the e2e test: the editor's own serialised text, read through
// the editor's API (its model), never from the DOM, so a removal that only changed the DOM is caught.
export interface EditorUnderTest {
  /** The editor's model as plain text, paragraphs joined by "\n", without a trailing newline. */
  text(): string;
  /**
   * Whether the editor's own model has a collapsed caret at the end of the text. Only editors whose model
   * selection follows the DOM's late say so; the test waits for it before typing on.
   */
  caretAtEnd?(): boolean;
}

declare global {
  interface Window { editorUnderTest?: EditorUnderTest }
}

export function expose(api: EditorUnderTest): void {
  window.editorUnderTest = api;
}
