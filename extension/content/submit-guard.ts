// Before a form with open findings is sent (submit event, submit button, Enter in a single-line
// input: all end in `submit`), a dialog lists what was found. Per category the policy says `warn`
// (send anyway, logged) or `block` (resolve first or get an exception). The dialog itself is in the
// panel script (submit-dialog.ts, loaded on first use), which keeps it out of the content script.
import type { FieldSession } from "./field-session.ts";
import { loadPanel } from "./panel-loader.ts";
import type { PageState } from "./page-state.ts";

export function guardSubmits(doc: Document, sessions: () => Iterable<FieldSession>, page: PageState, signal: AbortSignal): void {
  const passing = new WeakSet<HTMLFormElement>();

  doc.addEventListener("submit", (event) => {
    try {
      // tagName, not instanceof: a same-origin frame's form belongs to another realm.
      const target = event.target as Element | null;
      if (!target || target.nodeType !== 1 || target.tagName !== "FORM") return;
      const form = target as HTMLFormElement;
      if (passing.has(form)) {
        passing.delete(form);
        return;
      }
      const inForm = [...sessions()].filter((s) => form.contains(s.element));
      // A debounced scan may still be pending: judge the text as it is now.
      for (const s of inForm) s.scan();
      const open = inForm.flatMap((s) => s.openFindings().map((f) => ({ session: s, finding: f })));
      if (!open.length) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const blocked = open.some(({ finding }) => page.modeOf(finding.category) === "block");
      const submitter = (event as SubmitEvent).submitter;
      for (const { session, finding } of open) void session.report(finding, blocked ? "submit_blocked" : "submit_warned");
      const back = () => open[0]?.session.element.focus();
      const send = () => {
        passing.add(form);
        form.requestSubmit(submitter && form.contains(submitter) ? submitter : undefined);
      };
      // Where the panel script cannot load (the background did not answer), the form stays unsent
      // and the next submit tries again: sending unasked would skip the guard.
      loadPanel().then(
        (panel) => panel.showSubmitDialog(doc, page.ctx.lang, open.map((o) => o.finding.category), blocked, send, back),
        (e: Error) => {
          console.debug("dpa-guard:", e);
          back();
        },
      );
    } catch (e) {
      console.debug("dpa-guard:", e);
    }
  }, { capture: true, signal });
}
