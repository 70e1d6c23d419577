// One guarded field: reads its text, schedules scans so typing never waits (debounce, nothing while an
// IME composes), renders findings with the module for its kind, and carries out the popover's actions.
import { createIncrementalDetector, type Finding, type IncrementalDetector } from "../../shared/engine/index.ts";
import { formKindOf } from "./form-kind.ts";
import type { ReasonCode } from "../../shared/schema/events.ts";
import type { EventAnswer, EventDraft } from "../background/messages.ts";
import { categoryName, t } from "../ui/texts.ts";
import { FieldA11y } from "./field-a11y.ts";
import { dismissOnEscOrOutside } from "./fit-panel.ts";
import { reportEvent } from "./report-event.ts";
import { describeField, type GuardedField } from "./field-kind.ts";
import { createFieldHost, type FieldHost } from "./field-host.ts";
import { TextFieldOverlay } from "./overlay-text-field.ts";
import { clearContentEditable, highlightContentEditable } from "./highlight-contenteditable.ts";
import { readContentEditable, type TextMap } from "./text-contenteditable.ts";
import { Badge } from "./badge.ts";
import { classify, suppressionKey, warns, type ShownFinding } from "./shown-finding.ts";
import type { PageState } from "./page-state.ts";
import type { PopoverProps } from "./popover.tsx";
import { FieldPanel } from "./field-panel.ts";
import { loadedPanel } from "./panel-loader.ts";
import type { ActingSession } from "./panel-api.ts";
import { personalDataIn } from "./free-text-check.ts";
import { editBetween, shiftFindings } from "./shift-findings.ts";
import { timed } from "./timing.ts";

const DEBOUNCE_MS = 120;

export class FieldSession implements ActingSession {
  shown: ShownFinding[] = [];
  private text = "";
  private findings: Finding[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private composing = false;
  private lastText: string | undefined;
  private detector: IncrementalDetector | undefined;
  private detectorCategories = "";
  private readonly suppressed = new Set<string>();
  /** classify()'s per-finding results; replaced whenever policy, requests or suppressions change. */
  private judged = new WeakMap<Finding, ShownFinding | null>();
  readonly host: FieldHost;
  private readonly overlay?: TextFieldOverlay;
  private readonly badge: Badge;
  readonly signal: AbortSignal;
  readonly panel: FieldPanel;
  private announcement = "";
  private readonly a11y: FieldA11y;
  /** Warnings at the last scan, to announce only new ones. */
  private lastWarned = 0;
  /** Set while we edit the field ourselves (Verwijderen), so our own input event does not close the panel. */
  selfEdit = false;
  /** performance.now() of the last edit-ish event, for editors that merge undo steps by time. */
  lastEditAt = 0;

  constructor(readonly field: GuardedField, parentSignal: AbortSignal, readonly page: PageState) {
    const controller = new AbortController();
    parentSignal.addEventListener("abort", () => controller.abort(), { once: true });
    this.signal = controller.signal;
    this.host = createFieldHost(field.element, this.signal);
    if (field.kind !== "contenteditable") {
      this.overlay = new TextFieldOverlay(field.element as HTMLInputElement | HTMLTextAreaElement, this.host, this.signal);
    }
    this.panel = new FieldPanel(this.host, field.element, this.signal);
    this.badge = new Badge(this.host.frame, () => this.openPopover(), this.signal);
    this.a11y = new FieldA11y(field.element, this.host.root, this.host.host, this.signal);
    const el = field.element;
    const doc = el.ownerDocument;
    dismissOnEscOrOutside(doc, this.host.host, el, () => this.panel.isOpen, (focusField) => this.closePopover(focusField), this.signal);
    el.addEventListener("compositionstart", () => { this.composing = true; }, { signal: this.signal });
    el.addEventListener("compositionend", () => { this.composing = false; this.schedule(); }, { signal: this.signal });
    page.onChange(() => {
      // New policy, requests or language: judge the findings again; scan again only if the enabled
      // categories changed (the detector's cache holds findings for the old ones).
      this.judged = new WeakMap();
      if (String(page.enabledCategories()) !== this.detectorCategories) {
        this.detector = undefined;
        this.lastText = undefined;
      }
      this.scan();
    }, this.signal);
    this.signal.addEventListener("abort", () => {
      clearTimeout(this.timer);
      this.closePopover(false);
      if (field.kind === "contenteditable") clearContentEditable(el);
    }, { once: true });
  }

  get element(): HTMLElement {
    return this.field.element;
  }

  /** The user typed in the field: a panel must not stay over the form while they type. */
  edited(): void {
    if (this.selfEdit) return;
    this.panel.cancelPending();
    if (this.panel.isOpen) this.closePopover(false);
  }

  /** Called on every edit-ish event; cheap, so the page's own handlers never wait for us. */
  schedule(): void {
    if (this.composing || this.signal.aborted) return;
    this.lastEditAt = performance.now();
    this.shiftUnderlines();
    clearTimeout(this.timer);
    // For tests and assistive tooling: a scan is due, so what is shown may be about to change.
    this.host.host.dataset.pending = "1";
    this.timer = setTimeout(() => this.scan(), DEBOUNCE_MS);
  }

  /**
   * Until the debounced scan runs, move the overlay's underlines with the edit so none sits over the
   * wrong characters. (contenteditable needs nothing: its highlight Ranges are live and move with the
   * DOM.)
   */
  private shiftUnderlines(): void {
    if (!this.overlay || this.shown.length === 0) return;
    const value = (this.field.element as HTMLInputElement | HTMLTextAreaElement).value;
    if (value === this.text) return;
    const before = this.text;
    this.text = value;
    // Typing after the last underline (the usual case) moves none of them: nothing to redraw.
    const lastEnd = this.shown.reduce((m, f) => Math.max(m, f.end), 0);
    if (editBetween(before, value).at >= lastEnd) return;
    this.shown = shiftFindings(this.shown, before, value);
    this.overlay.render(value, this.shown);
  }

  private readText(): { text: string; map?: TextMap } {
    if (this.field.kind === "contenteditable") {
      const map = readContentEditable(this.field.element);
      return { text: map.text, map };
    }
    return { text: (this.field.element as HTMLInputElement | HTMLTextAreaElement).value };
  }

  scan(): void {
    if (this.signal.aborted || !this.field.element.isConnected) return;
    timed("dpa-guard:scan", () => this.scanNow());
  }

  private scanNow(): void {
    clearTimeout(this.timer);
    delete this.host.host.dataset.pending;
    const { text, map } = this.readText();
    if (text !== this.lastText) {
      this.lastText = text;
      // The label and the form's kind are read once per detector: reading them on every scan costs layout queries.
      if (!this.detector) {
        this.detectorCategories = String(this.page.enabledCategories());
        this.detector = createIncrementalDetector({
          field: describeField(this.field.element),
          form: formKindOf(this.field.element),
          categories: this.page.enabledCategories(),
        });
      }
      this.findings = this.detector.detect(text);
    }
    this.text = text;
    this.shown = classify(this.findings, text, this.page.ctx, this.suppressed, this.judged);
    if (map) highlightContentEditable(this.field.element, map, this.shown);
    else this.overlay?.render(text, this.shown);
    const warned = this.openFindings();
    const open = warned.length;
    const requested = warned.filter((f) => f.status === "requested").length;
    const s = t(this.page.ctx.lang);
    const lang = this.page.ctx.lang;
    const names = [...new Set(warned.map((f) => categoryName(f.category, lang)))].join(", ");
    this.badge.show(open, requested ? `${s.count(open)} (${requested} ${s.requested})` : s.count(open), requested);
    this.a11y.describe(open ? s.describe(open, names) : "");
    if (open > this.lastWarned && !this.panel.isOpen) this.a11y.announce(s.announceNew(open, names));
    this.lastWarned = open;
    // State for the popup and tests: counts only, never the text. `findings` counts what still warns
    // (a pending request included); `requested` and `allowed` say how many are waiting and approved.
    const d = this.host.host.dataset;
    d.findings = String(open);
    d.allowed = String(this.shown.filter((f) => f.status === "allowed").length);
    d.requested = String(requested);
    d.kind = this.field.kind;
    if (this.panel.isOpen) this.renderPopover();
    this.placeNextFrame();
  }

  private placePending = false;

  /**
   * Position and scroll are read and written in the next frame, after our DOM writes: reading
   * offsetTop or writing scrollTop right after the page's own edit would force a synchronous layout
   * of the whole field inside the keystroke.
   */
  private placeNextFrame(): void {
    if (this.placePending) return;
    this.placePending = true;
    const win = this.field.element.ownerDocument.defaultView;
    const run = () => {
      this.placePending = false;
      if (this.signal.aborted) return;
      this.host.place();
      this.overlay?.syncScroll();
    };
    if (win) win.requestAnimationFrame(run);
    else run();
  }

  /** Findings that still warn (or block): open ones and those with a request pending. */
  openFindings(): ShownFinding[] {
    return this.shown.filter(warns);
  }

  openPopover(): void {
    if (this.signal.aborted) return;
    this.scan();
    if (!this.shown.length) return;
    this.announcement = "";
    if (!this.panel.open(() => this.popoverProps(), () => this.openPopover())) return;
    this.host.host.dataset.popover = "open";
    this.badge.setExpanded(true);
  }

  closePopover(focusField = true): void {
    this.panel.close();
    delete this.host.host.dataset.popover;
    this.badge.setExpanded(false);
    if (focusField) this.field.element.focus({ preventScroll: true });
  }

  private renderPopover(): void {
    if (!this.shown.length) return this.closePopover();
    this.panel.update(this.popoverProps());
  }

  private popoverProps(): PopoverProps {
    return {
      lang: this.page.ctx.lang,
      findings: this.shown,
      text: this.text,
      announce: this.announcement,
      actions: {
        // Only read with the panel's script there (FieldPanel.open, update while open): its buttons' code is in it.
        ...loadedPanel()!.findingActions(this),
        personalDataIn: (text) => personalDataIn(text, this.page.ctx.lang),
        close: () => this.closePopover(),
      },
    };
  }

  suppress(f: ShownFinding): void {
    this.suppressed.add(suppressionKey(f, this.text));
    this.judged = new WeakMap();
  }

  say(message: string): void {
    this.announcement = message;
    this.a11y.announce(message);
  }

  rescan(): void {
    this.lastText = undefined;
    this.scan();
  }

  after(message: string): void {
    this.say(message);
    this.rescan();
    if (!this.shown.length) this.closePopover();
  }

  /** Metadata only (report-event.ts): never the text. */
  report(f: Pick<Finding, "category" | "rule" | "confidence">, type: EventDraft["type"], reason?: { code: ReasonCode; text: string }): Promise<EventAnswer> {
    return reportEvent(this.field.element, this.page.ctx, f, type, reason);
  }
}
