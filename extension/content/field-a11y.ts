// What a screen-reader user learns of a field's findings without opening the panel:
// - a polite live region, created with the field's host (before any panel: a region added at the
//   moment it speaks is not announced by most screen readers), says when new findings appear and
//   what the panel's actions did;
// - the field's accessible description names the findings. aria-describedby cannot point into a
//   shadow root, so the description is a hidden element in the page, right after our host, and its
//   id is added to (and later removed from) the field's own aria-describedby list.
let counter = 0;

export class FieldA11y {
  private readonly live: HTMLElement;
  private readonly desc: HTMLElement;
  private readonly id: string;
  private described = false;

  constructor(private readonly field: HTMLElement, root: ShadowRoot, host: HTMLElement, signal: AbortSignal) {
    const doc = field.ownerDocument;
    this.live = doc.createElement("div");
    this.live.setAttribute("aria-live", "polite");
    this.live.setAttribute("role", "status");
    this.live.style.cssText = "position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;";
    root.append(this.live);
    this.id = `dpa-guard-desc-${++counter}`;
    this.desc = doc.createElement("dpa-guard-desc");
    this.desc.id = this.id;
    this.desc.hidden = true;
    this.desc.style.cssText = "all:initial;display:none;";
    host.insertAdjacentElement("afterend", this.desc);
    signal.addEventListener("abort", () => {
      this.describe("");
      this.desc.remove();
    }, { once: true });
  }

  announce(message: string): void {
    // The same text twice is not announced again; a no-break space at the end makes it new.
    this.live.textContent = this.live.textContent === message ? `${message}\u00a0` : message;
  }

  /** Sets the field's description ("" removes ours, leaving the page's own ids untouched). */
  describe(text: string): void {
    if (this.desc.textContent !== text) this.desc.textContent = text;
    if (!!text === this.described) return; // the page's attribute is touched only when ours comes or goes
    this.described = !!text;
    const ids = (this.field.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((x) => x && x !== this.id);
    if (text) ids.push(this.id);
    if (ids.length) this.field.setAttribute("aria-describedby", ids.join(" "));
    else this.field.removeAttribute("aria-describedby");
  }
}
