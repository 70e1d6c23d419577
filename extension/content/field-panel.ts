// A field's explanation panel: mounts it in the field host's shadow root, keeps it fitted to the
// visible area, and unmounts it. The panel's script is not part of the content script (see
// entrypoints/panel.ts for why): the first open in a frame loads it, later opens are synchronous.
import type { PopoverProps } from "./popover.tsx";
import type { PanelApi } from "./panel-api.ts";
import { loadedPanel, loadPanel } from "./panel-loader.ts";
import type { FieldHost } from "./field-host.ts";

export class FieldPanel {
  private popover: ReturnType<PanelApi["mountPopover"]> | undefined;
  private box: HTMLElement | undefined;
  private fitter: ResizeObserver | undefined;
  /** The panel's script is being loaded for an open the user asked for; typing meanwhile cancels it. */
  private wanted = false;

  constructor(private readonly host: FieldHost, private readonly field: HTMLElement, private readonly signal: AbortSignal) {}

  get isOpen(): boolean {
    return !!this.popover;
  }

  /**
   * Mounts and renders the panel; true once it shows. On the first open in this frame it returns
   * false, loads the panel's script, then calls `retry` to open as a synchronous open would (focus
   * moves into the panel). If the script cannot be loaded, the field stays as it is and nothing is
   * thrown into the page. `props` is read only once the panel's script is there (its actions come from it).
   */
  open(props: () => PopoverProps, retry: () => void): boolean {
    const api = loadedPanel();
    if (!api) {
      this.wanted = true;
      loadPanel().then(
        () => {
          if (!this.wanted || this.signal.aborted) return;
          this.wanted = false;
          retry();
        },
        (e: unknown) => {
          this.wanted = false;
          console.debug("dpa-guard: the panel could not be loaded", e);
        },
      );
      return false;
    }
    if (!this.box) {
      this.box = this.field.ownerDocument.createElement("div");
      this.host.frame.append(this.box);
      this.popover = api.mountPopover(this.host.root, this.box);
    }
    this.popover!.update(props());
    // Refit whenever the panel's content changes size (a sub-form opens, a finding goes).
    const panel = this.host.root.querySelector<HTMLElement>(".panel");
    if (panel && !this.fitter) {
      this.fitter = new ResizeObserver(() => api.fitPanel(this.field, this.host.root));
      this.fitter.observe(panel);
    }
    api.fitPanel(this.field, this.host.root);
    return true;
  }

  update(props: PopoverProps): void {
    this.popover?.update(props);
  }

  /** The user typed before the panel's script arrived: do not open over their typing. */
  cancelPending(): void {
    this.wanted = false;
  }

  close(): void {
    this.fitter?.disconnect();
    this.fitter = undefined;
    this.popover?.unmount();
    this.box?.remove();
    this.popover = undefined;
    this.box = undefined;
  }
}
