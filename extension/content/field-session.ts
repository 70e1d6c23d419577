// One guarded field: reads its text, schedules scans so typing never waits (debounce, one scan in
// flight, nothing while an IME composes), and renders findings with the module for its kind.
import { createIncrementalDetector, type Finding, type IncrementalDetector } from "../../shared/engine/index.ts";
import { describeField, type GuardedField } from "./field-kind.ts";
import { createFieldHost, type FieldHost } from "./field-host.ts";
import { TextFieldOverlay } from "./overlay-text-field.ts";
import { clearContentEditable, highlightContentEditable } from "./highlight-contenteditable.ts";
import { readContentEditable, type TextMap } from "./text-contenteditable.ts";
import { Badge } from "./badge.ts";

const DEBOUNCE_MS = 120;

export class FieldSession {
  findings: Finding[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private composing = false;
  private lastText: string | undefined;
  private detector: IncrementalDetector | undefined;
  private readonly host: FieldHost;
  private readonly overlay?: TextFieldOverlay;
  private readonly badge: Badge;
  private readonly signal: AbortSignal;

  constructor(readonly field: GuardedField, parentSignal: AbortSignal) {
    const controller = new AbortController();
    parentSignal.addEventListener("abort", () => controller.abort(), { once: true });
    this.signal = controller.signal;
    this.host = createFieldHost(field.element, this.signal);
    if (field.kind !== "contenteditable") {
      this.overlay = new TextFieldOverlay(field.element as HTMLInputElement | HTMLTextAreaElement, this.host, this.signal);
    }
    this.badge = new Badge(this.host.frame);
    const el = field.element;
    el.addEventListener("compositionstart", () => { this.composing = true; }, { signal: this.signal });
    el.addEventListener("compositionend", () => { this.composing = false; this.schedule(); }, { signal: this.signal });
    this.signal.addEventListener("abort", () => {
      clearTimeout(this.timer);
      if (field.kind === "contenteditable") clearContentEditable(el);
    }, { once: true });
  }

  /** Called on every edit-ish event; cheap, so the page's own handlers never wait for us. */
  schedule(): void {
    if (this.composing || this.signal.aborted) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.scan(), DEBOUNCE_MS);
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
    performance.mark("dpa-guard:scan-start");
    const { text, map } = this.readText();
    if (text !== this.lastText) {
      this.lastText = text;
      // The label is read once: it names the field, and reading it on every scan costs layout queries.
      this.detector ??= createIncrementalDetector({ field: describeField(this.field.element) });
      this.findings = this.detector.detect(text);
    }
    this.host.place();
    if (map) highlightContentEditable(this.field.element, map, this.findings);
    else this.overlay?.render(text, this.findings);
    const open = this.findings.filter((f) => f.confidence !== "low").length;
    this.badge.show(open, `${open} mogelijk gevoelig(e) gegeven(s)`);
    // State for the popup and for tests: counts only, never the text.
    this.host.host.dataset.findings = String(open);
    this.host.host.dataset.kind = this.field.kind;
    performance.measure("dpa-guard:scan", "dpa-guard:scan-start");
  }
}
