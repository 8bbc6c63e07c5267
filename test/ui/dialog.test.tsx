// @vitest-environment jsdom
// The shared Dialog in jsdom: Tab wraps round at both ends instead of leaving the dialog, and the
// focus goes back to the opener on close — or to the page's main area when the opener is gone.
import { cleanup, render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { Dialog } from "../../src/ui/common/Dialog.tsx";

afterEach(() => {
  cleanup();
});

function Page({ opener = true }: { opener?: boolean }) {
  const [open, setOpen] = useState(false);
  const [showOpener, setShowOpener] = useState(true);
  return (
    <main id="main" tabIndex={-1}>
      {showOpener && (
        <button type="button" onClick={() => setOpen(true)}>
          打开
        </button>
      )}
      {open && (
        <Dialog
          title="标题"
          onClose={() => setOpen(false)}
          actions={
            <>
              <button type="button" onClick={() => setOpen(false)} data-autofocus>
                取消
              </button>
              <button
                type="button"
                onClick={() => {
                  if (!opener) setShowOpener(false);
                  setOpen(false);
                }}
              >
                确定
              </button>
            </>
          }
        >
          <a href="#x">说明</a>
        </Dialog>
      )}
    </main>
  );
}

describe("Dialog", () => {
  it("is named by its title, starts on the marked action, and Tab wraps round at both ends", async () => {
    const user = userEvent.setup();
    const { getByRole } = render(<Page />);
    await user.click(getByRole("button", { name: "打开" }));
    const dialog = document.querySelector("dialog");
    const title = dialog?.querySelector("h2");
    expect(dialog?.getAttribute("aria-labelledby")).toBe(title?.id);
    expect(document.activeElement?.textContent).toBe("取消");
    await user.tab();
    expect(document.activeElement?.textContent).toBe("确定");
    await user.tab();
    expect(document.activeElement?.textContent).toBe("说明");
    await user.tab({ shift: true });
    expect(document.activeElement?.textContent).toBe("确定");
  });

  it("gives the focus back to the opener, or to the main area when the opener went with the dialog", async () => {
    const user = userEvent.setup();
    const first = render(<Page />);
    await user.click(first.getByRole("button", { name: "打开" }));
    await user.click(first.getByRole("button", { name: "取消" }));
    expect(document.activeElement?.textContent).toBe("打开");
    first.unmount();

    const second = render(<Page opener={false} />);
    await user.click(second.getByRole("button", { name: "打开" }));
    await user.click(second.getByRole("button", { name: "确定" }));
    expect(document.activeElement?.id).toBe("main");
  });
});
