/**
 * The published page printed by the browser, to paper or to PDF ("另存为 PDF" in the print dialog):
 * the page goes into a hidden frame and is printed with its own print stylesheet (A4 with the
 * GB/T 9704 margins, 草稿 on every page of a draft). The frame is sandboxed: no script of the page
 * could run. It stays, hidden, until the next print replaces it.
 */
export const PRINT_FRAME_ID = "nb-print-frame";

export function printPage(html: string, title: string): Promise<void> {
  document.getElementById(PRINT_FRAME_ID)?.remove();
  const frame = document.createElement("iframe");
  frame.id = PRINT_FRAME_ID;
  frame.title = title;
  frame.tabIndex = -1;
  frame.setAttribute("aria-hidden", "true");
  // same origin, so that this page may print it; modals, so that the print dialog may open
  frame.setAttribute("sandbox", "allow-same-origin allow-modals");
  frame.style.cssText = "position:fixed;right:0;bottom:0;width:0;height:0;border:0";
  return new Promise((done, fail) => {
    frame.addEventListener(
      "load",
      () => {
        try {
          const view = frame.contentWindow;
          if (!view) throw new Error("打印用的页面没有打开");
          view.focus();
          view.print();
          done();
        } catch (e) {
          fail(e instanceof Error ? e : new Error(String(e)));
        }
      },
      { once: true },
    );
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
