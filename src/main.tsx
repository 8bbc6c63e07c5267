/** The only file that wires the store and the UI to the React root: drafts are saved as they change. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { draftsDb, startAutosave, watchOtherTabs } from "./store/index.ts";
import { App } from "./ui/app/App.tsx";

startAutosave(draftsDb);
watchOtherTabs();

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
