// What the panel's buttons do to a field's findings: remove the text, override, mark as no personal
// data, ask for an exception. Every action starts from the open panel, so this travels in the panel's
// script (entrypoints/panel.ts), not the content script, and works on the field through the few
// members of its session that ActingSession names.
import type { ExceptionAnswer, ExceptionDraft } from "../background/messages.ts";
import type { ReasonCode } from "../../shared/schema/events.ts";
import { outcomeText } from "../ui/panel-texts.ts";
import { inLanguage } from "../ui/one-language.ts";
import type { ActingSession } from "./panel-api.ts";
import type { Removal } from "./edit-field.ts";
import { removeSpan } from "./edit-field.ts";
import { send } from "./page-state.ts";
import type { PopoverActions } from "./popover.tsx";
import type { ShownFinding } from "./shown-finding.ts";

type Actions = Pick<PopoverActions, "remove" | "override" | "falsePositive" | "requestException">;

export function findingActions(session: ActingSession): Actions {
  const lang = () => session.page.ctx.lang;

  /**
   * Removal is asynchronous (the editor handles the delete as user input, some a beat later) and is
   * checked: where the editor did not take it, the panel says so and no "removed" event is sent.
   */
  const remove = async (f: ShownFinding): Promise<void> => {
    // Our own edit must not close the panel the way the user's typing does.
    session.selfEdit = true;
    let result: Removal;
    try {
      result = await removeSpan(session.field, f.start, f.end, session.lastEditAt).catch(() => "refused" as const);
    } finally {
      session.selfEdit = false;
    }
    if (session.signal.aborted) return;
    session.host.host.dataset.removal = result;
    if (result === "removed") {
      void session.report(f, "removed");
      session.after(outcomeText("removed", lang()));
      return;
    }
    session.rescan();
    if (!session.panel.isOpen) session.openPopover();
    if (result === "refused") session.say(outcomeText("refused", lang()));
  };

  /**
   * An override or "not personal data" holds only once it is logged: the event goes to the background
   * first, and a refusal (the Worker found personal data in the reason) keeps the panel open with the
   * Worker's message. Queued while offline counts as logged: the queue delivers it later.
   */
  const act = async (f: ShownFinding, type: "override" | "false_positive", reason?: { code: ReasonCode; text: string }): Promise<string> => {
    const answer = await session.report(f, type, reason);
    if (!answer.ok) return inLanguage(answer.message, lang());
    session.suppress(f);
    session.after(outcomeText(answer.queued ? "queued" : type === "override" ? "overridden" : "marked-false", lang()));
    return "";
  };

  const requestException = async (f: ShownFinding, legalBasis: ExceptionDraft["legalBasis"], justification: string): Promise<string> => {
    const { site, path } = session.page.ctx;
    const answer = await send<ExceptionAnswer>({
      kind: "exception",
      request: { category: f.category, site, pathPattern: path, legalBasis, justification },
    }).catch((e: Error) => ({ ok: false as const, message: e.message }));
    if (!answer.ok) return inLanguage(answer.message, lang());
    void session.report(f, "exception_request", { code: "deftiq_exception", text: "" });
    session.say(outcomeText("requested", lang(), answer.id));
    return "";
  };

  return {
    remove: (f) => void remove(f),
    override: (f, reason) => act(f, "override", reason),
    falsePositive: (f) => act(f, "false_positive"),
    requestException,
  };
}
