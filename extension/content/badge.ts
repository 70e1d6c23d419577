// The count of open findings on a field, in its top-right corner.

export class Badge {
  private readonly el: HTMLSpanElement;

  constructor(frame: HTMLElement) {
    this.el = frame.ownerDocument.createElement("span");
    this.el.setAttribute("role", "status");
    this.el.style.cssText = "position:absolute;right:4px;top:-9px;min-width:18px;height:18px;padding:0 5px;border-radius:9px;background:#c4001a;color:#fff;font:600 11px/18px system-ui,sans-serif;text-align:center;box-sizing:border-box;display:none;pointer-events:auto;cursor:pointer;";
    frame.append(this.el);
  }

  show(count: number, label: string): void {
    this.el.style.display = count ? "block" : "none";
    this.el.textContent = String(count);
    this.el.title = label;
    this.el.setAttribute("aria-label", label);
  }
}
