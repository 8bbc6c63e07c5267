/**
 * One draft, one tab: when the same draft is open in two tabs of this browser, each would save
 * over the other, so both are told. Uses BroadcastChannel where the browser has it.
 */
import { useAppStore } from "./app-store.ts";
import { showNotice } from "./report-actions.ts";

type Message = { type: "open" | "here"; id: string; tab: string };

const WARNING = "这份草稿已在另一个标签页（或窗口）中打开。请只在一个标签页中编辑，关闭另一个，以免相互覆盖。";

/** Starts watching for the open draft in other tabs; returns the function that stops it. */
export function watchOtherTabs(): () => void {
  if (typeof BroadcastChannel === "undefined") return () => {};
  const channel = new BroadcastChannel("nianbao-drafts");
  const tab = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  channel.onmessage = (e: MessageEvent<Message>) => {
    const msg = e.data;
    if (msg.tab === tab || msg.id !== useAppStore.getState().draftId) return;
    if (msg.type === "open") channel.postMessage({ type: "here", id: msg.id, tab } satisfies Message);
    showNotice(WARNING, "error");
  };
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.draftId && s.draftId !== prev.draftId)
      channel.postMessage({ type: "open", id: s.draftId, tab } satisfies Message);
  });
  return () => {
    unsubscribe();
    channel.close();
  };
}
