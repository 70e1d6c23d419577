// The count of open findings on a field, in its top-right corner; a click opens the panel.

export class Badge {
  private readonly el: HTMLButtonElement;

  constructor(frame: HTMLElement, onOpen: () => void, signal: AbortSignal) {
    this.el = frame.ownerDocument.createElement("button");
    this.el.type = "button";
    // Not in the page's tab order: Alt+Shift+D opens the panel from the field itself.
    this.el.tabIndex = -1;
    this.el.style.cssText = "all:initial;position:absolute;right:4px;top:-9px;min-width:18px;height:18px;padding:0 5px;border-radius:9px;background:#c4001a;color:#fff;font:600 11px/18px system-ui,sans-serif;text-align:center;box-sizing:border-box;display:none;pointer-events:auto;cursor:pointer;";
    // mousedown, not click: keep the field's focus and selection while the panel opens.
    this.el.addEventListener("mousedown", (e) => {
      e.preventDefault();
      onOpen();
    }, { signal });
    frame.append(this.el);
  }

  show(count: number, label: string): void {
    this.el.style.display = count ? "block" : "none";
    this.el.textContent = String(count);
    this.el.title = label;
    this.el.setAttribute("aria-label", label);
  }
}
