// The explanation panel for a field's findings: Preact inside the field host's closed shadow root.
// Keyboard first: it opens with focus on the first action, Tab walks the actions, Esc closes and
// returns focus to the field; results are announced through the field's live region (field-a11y.ts).
import { render } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import type { ReasonCode } from "../../shared/schema/events.ts";
import type { ExceptionDraft } from "../background/messages.ts";
import { categoryName, type Lang } from "../ui/texts.ts";
import { explain, panelTexts } from "../ui/panel-texts.ts";
import { warns, type ShownFinding } from "./shown-finding.ts";

export interface PopoverActions {
  remove(f: ShownFinding): void;
  /** Resolves to an error to show ("" when logged); the panel stays open on an error. */
  override(f: ShownFinding, reason: { code: ReasonCode; text: string }): Promise<string>;
  falsePositive(f: ShownFinding): Promise<string>;
  requestException(f: ShownFinding, basis: ExceptionDraft["legalBasis"], justification: string): Promise<string>;
  /**
   * An error to show when free text (a reason, a justification) holds personal data, else "". Passed in
   * rather than imported: the check runs the detection engine, which the content script already has and
   * the separately loaded panel script (entrypoints/panel.ts) must not bundle a second time.
   */
  personalDataIn(text: string): string;
  close(): void;
}

export interface PopoverProps {
  lang: Lang;
  findings: ShownFinding[];
  text: string;
  actions: PopoverActions;
  announce: string;
}

const CSS = `
.panel{pointer-events:auto;position:absolute;left:0;top:calc(100% + 6px);z-index:1;min-width:min(300px,calc(100vw - 8px));max-width:min(460px,calc(100vw - 8px));box-sizing:border-box;overflow:auto;overscroll-behavior:contain;background:#fff;color:#1c2430;border:1px solid #9aa5b1;border-radius:6px;box-shadow:0 6px 24px rgba(0,0,0,.18);font:14px/1.4 system-ui,sans-serif;padding:10px 12px;text-align:left}
.panel h2{font-size:14px;margin:0 0 6px}
.why{font-size:12px;color:#4a5562;margin:0 0 8px}
.finding{border-top:1px solid #e3e7eb;padding:8px 0}
.value{font-family:ui-monospace,monospace;background:#fdecee;padding:0 3px;border-radius:2px}
.allowed .value{background:#e6f4ea}
.status{font-size:12px;color:#276749}
.status.requested{color:#7a4d00;background:#fff4ce;border:1px solid #c99a2e;border-radius:3px;padding:2px 5px;margin-top:4px}
.block{font-size:12px;color:#8a0014;margin-top:4px}
.error{font-size:12px;color:#8a0014}
.actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
button{font:inherit;font-size:13px;padding:3px 8px;border:1px solid #12355b;border-radius:4px;background:#fff;color:#12355b;cursor:pointer}
button.primary{background:#12355b;color:#fff}
button:focus-visible,select:focus-visible,input:focus-visible{outline:2px solid #2b6cb0;outline-offset:1px}
form{display:flex;flex-direction:column;gap:4px;margin-top:6px}
label{font-size:12px;display:flex;flex-direction:column;gap:2px}
select,input{font:inherit;font-size:13px;padding:2px 4px}
.note{font-size:12px;color:#276749;margin-top:6px}
.hint{font-size:11px;color:#6b7682;margin-top:6px}
`;

function FindingItem(props: { f: ShownFinding; text: string; lang: Lang; actions: PopoverActions; first: boolean }) {
  const { f, lang, actions } = props;
  const s = panelTexts(lang);
  const [mode, setMode] = useState<"actions" | "override" | "exception">("actions");
  // No reason preselected: an override must say why, and "consent" by default would be a lie.
  const [code, setCode] = useState<ReasonCode | "">("");
  const [reasonText, setReasonText] = useState("");
  const [basis, setBasis] = useState<ExceptionDraft["legalBasis"]>("consent");
  const [justification, setJustification] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  // The in-flight flag as a ref too: a second Enter can arrive before the re-render that disables.
  const inFlight = useRef(false);
  const [sent, setSent] = useState(false);
  const firstRef = useRef<HTMLButtonElement | HTMLSelectElement>(null);
  const itemRef = useRef<HTMLDivElement>(null);
  const block = f.mode === "block";
  const id = `${f.category}-${f.start}`;
  // Layout effect: focus moves before the next key event, so a quick Enter lands on the button.
  // After a request was sent, focus rests on the finding itself, not on Verwijderen: a repeated Enter
  // must neither send again nor remove the text.
  useLayoutEffect(() => {
    if (sent) itemRef.current?.focus({ preventScroll: true });
    else if (props.first || mode !== "actions") firstRef.current?.focus({ preventScroll: true });
  }, [mode]);

  const run = async (work: () => Promise<string>, after?: () => void) => {
    if (inFlight.current) return; // one request per intent: a second Enter while sending does nothing
    inFlight.current = true;
    setBusy(true);
    setError("");
    const problem = await work().catch((e: Error) => e.message);
    inFlight.current = false;
    setBusy(false);
    setError(problem);
    if (!problem) after?.();
  };

  return (
    <div class={`finding ${f.status}`} ref={itemRef} tabIndex={-1}>
      <div><strong>{categoryName(f.category, lang)}</strong>: <span class="value">{props.text.slice(f.start, f.end)}</span></div>
      <div>{explain(f.explanation, f.category, lang)}</div>
      {f.status === "allowed" && f.exception && <div class="status">{s.allowed(f.exception.id, f.exception.validUntil.split("-").reverse().join("-"))}</div>}
      {f.status === "requested" && <div class="status requested">{s.requestedStatus(f.request?.id, block)}</div>}
      {f.status === "open" && block && <div class="block">{s.blockedNote}</div>}
      {f.status !== "allowed" && mode === "actions" && (
        <div class="actions">
          <button class="primary" ref={firstRef as never} onClick={() => actions.remove(f)}>{s.remove}</button>
          {/* Block means block: overriding or calling it a false positive would not unblock, so neither is offered. */}
          {!block && <button onClick={() => { setError(""); setMode("override"); }}>{s.override}</button>}
          {!block && <button disabled={busy} onClick={() => run(() => actions.falsePositive(f))}>{s.falsePositive}</button>}
          {f.status === "open" && <button onClick={() => { setError(""); setMode("exception"); }}>{s.requestException}</button>}
        </div>
      )}
      {mode === "actions" && error && <div class="error" role="alert">{error}</div>}
      {mode === "override" && (
        <form onSubmit={(e) => {
          e.preventDefault();
          if (!code) return setError(s.chooseReason);
          const text = reasonText.trim();
          if (code === "other" && !text) return setError(s.needReason);
          const problem = actions.personalDataIn(text);
          if (problem) return setError(problem);
          void run(() => actions.override(f, { code, text }));
        }}>
          <label>{s.reason}
            <select ref={firstRef as never} value={code} aria-required="true" aria-describedby={error ? `err-${id}` : undefined} onChange={(e) => setCode((e.target as HTMLSelectElement).value as ReasonCode)}>
              <option value="" disabled>{s.reasonPlaceholder}</option>
              {Object.entries(s.reasons).map(([k, v]) => <option value={k}>{v}</option>)}
            </select>
          </label>
          <label>{s.explanation}<input value={reasonText} maxLength={500} aria-describedby={error ? `err-${id}` : undefined} onInput={(e) => setReasonText((e.target as HTMLInputElement).value)} /></label>
          {error && <div class="error" id={`err-${id}`} role="alert">{error}</div>}
          <div class="actions"><button class="primary" type="submit" disabled={busy}>{busy ? s.sending : s.confirm}</button><button type="button" onClick={() => { setError(""); setMode("actions"); }}>{s.backToActions}</button></div>
        </form>
      )}
      {mode === "exception" && (
        <form onSubmit={(e) => {
          e.preventDefault();
          const text = justification.trim();
          const problem = actions.personalDataIn(text);
          if (problem) return setError(problem);
          // Sent once: the form closes on success and the finding shows as requested.
          void run(() => actions.requestException(f, basis, text), () => {
            setSent(true);
            setMode("actions");
          });
        }}>
          <label>{s.legalBasis}
            <select ref={firstRef as never} value={basis} onChange={(e) => setBasis((e.target as HTMLSelectElement).value as ExceptionDraft["legalBasis"])}>
              {Object.entries(s.bases).map(([k, v]) => <option value={k}>{v}</option>)}
            </select>
          </label>
          <label>{s.justification}<input value={justification} minLength={10} maxLength={1000} required aria-describedby={error ? `err-${id}` : undefined} onInput={(e) => setJustification((e.target as HTMLInputElement).value)} /></label>
          {error && <div class="error" id={`err-${id}`} role="alert">{error}</div>}
          <div class="actions"><button class="primary" type="submit" disabled={busy}>{busy ? s.sending : s.send}</button><button type="button" onClick={() => { setError(""); setMode("actions"); }}>{s.backToActions}</button></div>
        </form>
      )}
    </div>
  );
}

function Popover(props: PopoverProps) {
  const s = panelTexts(props.lang);
  const warning = props.findings.filter(warns);
  const ordered = [...warning, ...props.findings.filter((f) => !warns(f))];
  const panel = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  // A panel with only approved findings has no action to focus: focus its Close button, so Esc and
  // Tab work from inside it like in any other panel.
  useLayoutEffect(() => {
    const root = panel.current?.getRootNode() as ShadowRoot | undefined;
    if (!root?.activeElement || !panel.current?.contains(root.activeElement)) closeRef.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div class="panel" ref={panel} role="dialog" aria-label={s.title} onKeyDown={(e) => {
      if (e.key === "Escape") {
        e.stopPropagation();
        props.actions.close();
      }
    }}>
      <h2>{s.title}</h2>
      <p class="why">{s.why}</p>
      {ordered.map((f, i) => <FindingItem key={`${f.category}:${f.start}:${f.end}`} f={f} text={props.text} lang={props.lang} actions={props.actions} first={i === 0} />)}
      {props.announce && <div class="note">{props.announce}</div>}
      <div class="actions"><button ref={closeRef} onClick={() => props.actions.close()}>{s.close}</button></div>
      <div class="hint">{s.shortcut}</div>
    </div>
  );
}

/** Mounts the panel into a shadow root; `update` re-renders, `unmount` removes it. */
export function mountPopover(root: ShadowRoot, container: HTMLElement) {
  if (!root.querySelector("style[data-popover]")) {
    const style = container.ownerDocument.createElement("style");
    style.dataset.popover = "";
    style.textContent = CSS;
    root.append(style);
  }
  return {
    update(props: PopoverProps) {
      render(<Popover {...props} />, container);
    },
    unmount() {
      render(null, container);
    },
  };
}
