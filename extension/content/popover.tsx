// The explanation panel for a field's findings: Preact inside the field host's closed shadow root.
// Keyboard first: it opens with focus on the first action, Tab walks the actions, Esc closes and
// returns focus to the field; results are announced through an aria-live region.
import { render } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import type { ReasonCode } from "../../shared/schema/events.ts";
import type { ExceptionDraft } from "../background/messages.ts";
import { categoryName, explain, t, type Lang } from "../ui/texts.ts";
import type { ShownFinding } from "./shown-finding.ts";

export interface PopoverActions {
  remove(f: ShownFinding): void;
  override(f: ShownFinding, reason: { code: ReasonCode; text: string }): void;
  falsePositive(f: ShownFinding): void;
  requestException(f: ShownFinding, basis: ExceptionDraft["legalBasis"], justification: string): Promise<string>;
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
.panel{pointer-events:auto;position:absolute;left:0;top:calc(100% + 6px);z-index:1;min-width:300px;max-width:460px;background:#fff;color:#1c2430;border:1px solid #9aa5b1;border-radius:6px;box-shadow:0 6px 24px rgba(0,0,0,.18);font:14px/1.4 system-ui,sans-serif;padding:10px 12px;text-align:left}
.panel h2{font-size:14px;margin:0 0 6px}
.why{font-size:12px;color:#4a5562;margin:0 0 8px}
.finding{border-top:1px solid #e3e7eb;padding:8px 0}
.value{font-family:ui-monospace,monospace;background:#fdecee;padding:0 3px;border-radius:2px}
.allowed .value{background:#e6f4ea}
.status{font-size:12px;color:#276749}
.actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
button{font:inherit;font-size:13px;padding:3px 8px;border:1px solid #12355b;border-radius:4px;background:#fff;color:#12355b;cursor:pointer}
button.primary{background:#12355b;color:#fff}
button:focus-visible,select:focus-visible,input:focus-visible{outline:2px solid #2b6cb0;outline-offset:1px}
form{display:flex;flex-direction:column;gap:4px;margin-top:6px}
label{font-size:12px;display:flex;flex-direction:column;gap:2px}
select,input{font:inherit;font-size:13px;padding:2px 4px}
.live{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.note{font-size:12px;color:#276749;margin-top:6px}
.hint{font-size:11px;color:#6b7682;margin-top:6px}
`;

function FindingItem(props: { f: ShownFinding; text: string; lang: Lang; actions: PopoverActions; first: boolean }) {
  const { f, lang, actions } = props;
  const s = t(lang);
  const [mode, setMode] = useState<"actions" | "override" | "exception">("actions");
  const [code, setCode] = useState<ReasonCode>("consent");
  const [reasonText, setReasonText] = useState("");
  const [basis, setBasis] = useState<ExceptionDraft["legalBasis"]>("consent");
  const [justification, setJustification] = useState("");
  const [error, setError] = useState("");
  const firstRef = useRef<HTMLButtonElement | HTMLSelectElement>(null);
  // Layout effect: focus moves before the next key event, so a quick Enter lands on the button.
  useLayoutEffect(() => {
    if (props.first || mode !== "actions") firstRef.current?.focus();
  }, [mode]);

  return (
    <div class={`finding ${f.status}`}>
      <div><strong>{categoryName(f.category, lang)}</strong>: <span class="value">{props.text.slice(f.start, f.end)}</span></div>
      <div>{explain(f.explanation, f.category, lang)}</div>
      {f.status === "allowed" && f.exception && <div class="status">{s.allowed(f.exception.id, f.exception.validUntil.split("-").reverse().join("-"))}</div>}
      {f.status === "requested" && <div class="status">{s.requested}</div>}
      {f.status === "open" && mode === "actions" && (
        <div class="actions">
          <button class="primary" ref={firstRef as never} onClick={() => actions.remove(f)}>{s.remove}</button>
          <button onClick={() => setMode("override")}>{s.override}</button>
          <button onClick={() => actions.falsePositive(f)}>{s.falsePositive}</button>
          <button onClick={() => setMode("exception")}>{s.requestException}</button>
        </div>
      )}
      {mode === "override" && (
        <form onSubmit={(e) => {
          e.preventDefault();
          if (code === "other" && !reasonText.trim()) return setError(s.needReason);
          actions.override(f, { code, text: reasonText.trim() });
        }}>
          <label>{s.reason}
            <select ref={firstRef as never} value={code} onChange={(e) => setCode((e.target as HTMLSelectElement).value as ReasonCode)}>
              {Object.entries(s.reasons).map(([k, v]) => <option value={k}>{v}</option>)}
            </select>
          </label>
          <label>{s.explanation}<input value={reasonText} maxLength={500} onInput={(e) => setReasonText((e.target as HTMLInputElement).value)} /></label>
          {error && <div role="alert">{error}</div>}
          <div class="actions"><button class="primary" type="submit">{s.confirm}</button><button type="button" onClick={() => setMode("actions")}>{s.back}</button></div>
        </form>
      )}
      {mode === "exception" && (
        <form onSubmit={async (e) => {
          e.preventDefault();
          setError(await actions.requestException(f, basis, justification.trim()));
        }}>
          <label>{s.legalBasis}
            <select ref={firstRef as never} value={basis} onChange={(e) => setBasis((e.target as HTMLSelectElement).value as ExceptionDraft["legalBasis"])}>
              {Object.entries(s.bases).map(([k, v]) => <option value={k}>{v}</option>)}
            </select>
          </label>
          <label>{s.justification}<input value={justification} minLength={10} maxLength={1000} required onInput={(e) => setJustification((e.target as HTMLInputElement).value)} /></label>
          {error && <div role="alert">{error}</div>}
          <div class="actions"><button class="primary" type="submit">{s.send}</button><button type="button" onClick={() => setMode("actions")}>{s.back}</button></div>
        </form>
      )}
    </div>
  );
}

function Popover(props: PopoverProps) {
  const s = t(props.lang);
  const open = props.findings.filter((f) => f.status === "open");
  const ordered = [...open, ...props.findings.filter((f) => f.status !== "open")];
  return (
    <div class="panel" role="dialog" aria-label={s.title} onKeyDown={(e) => {
      if (e.key === "Escape") {
        e.stopPropagation();
        props.actions.close();
      }
    }}>
      <h2>{s.title}</h2>
      <p class="why">{s.why}</p>
      {ordered.map((f, i) => <FindingItem key={`${f.category}:${f.start}:${f.end}`} f={f} text={props.text} lang={props.lang} actions={props.actions} first={i === 0} />)}
      {props.announce && <div class="note">{props.announce}</div>}
      <div class="actions"><button onClick={() => props.actions.close()}>{s.close}</button></div>
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
  // The live region stays mounted, so screen readers hear results even after the panel closes.
  let live = root.querySelector<HTMLElement>(".live");
  if (!live) {
    live = container.ownerDocument.createElement("div");
    live.className = "live";
    live.setAttribute("aria-live", "polite");
    root.append(live);
  }
  const liveRegion = live;
  return {
    update(props: PopoverProps) {
      render(<Popover {...props} />, container);
    },
    announce(message: string) {
      liveRegion.textContent = message;
    },
    unmount() {
      render(null, container);
    },
  };
}
