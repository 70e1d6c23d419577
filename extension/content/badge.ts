// The count of warnings on a field, in its top-right corner; a click (or Enter/Space once focused)
// opens the panel. A real button in the tab order right after the field (its host follows the
// field in the DOM), at least 24×24 px (WCAG 2.2, 2.5.8 target size).

export class Badge {
  private readonly el: HTMLButtonElement;
  private background = "";

  constructor(frame: HTMLElement, onOpen: () => void, signal: AbortSignal) {
    this.el = frame.ownerDocument.createElement("button");
    this.el.type = "button";
    this.el.setAttribute("aria-haspopup", "dialog");
    this.el.style.cssText = "all:initial;position:absolute;right:4px;top:-12px;min-width:24px;height:24px;padding:0 6px;border-radius:12px;background:#c4001a;color:#fff;font:600 12px/24px system-ui,sans-serif;text-align:center;box-sizing:border-box;display:none;pointer-events:auto;cursor:pointer;outline-offset:2px;";
    // mousedown, not click, for the mouse: keep the field's focus and selection while the panel opens.
    this.el.addEventListener("mousedown", (e) => {
      e.preventDefault();
      onOpen();
    }, { signal });
    // Keyboard activation (Enter/Space) arrives as a click with detail 0; a mouse click was handled above.
    this.el.addEventListener("click", (e) => {
      if (e.detail === 0) onOpen();
    }, { signal });
    this.el.addEventListener("focus", () => { this.el.style.outline = "2px solid #2b6cb0"; }, { signal });
    this.el.addEventListener("blur", () => { this.el.style.outline = "none"; }, { signal });
    frame.append(this.el);
  }

  show(count: number, label: string, requested: number): void {
    const display = count ? "block" : "none";
    if (this.el.style.display !== display) this.el.style.display = display;
    const text = String(count);
    if (this.el.textContent !== text) this.el.textContent = text;
    // A pending request is shown apart: amber, and said in the label, never as green "allowed".
    const background = requested && requested === count ? "#8a5a00" : "#c4001a";
    if (this.background !== background) this.el.style.background = this.background = background;
    this.el.title = label;
    this.el.setAttribute("aria-label", label);
  }

  setExpanded(open: boolean): void {
    this.el.setAttribute("aria-expanded", String(open));
  }
}
