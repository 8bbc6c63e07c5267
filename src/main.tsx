/** The only file that wires the store and the UI to the React root. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      <p>年报编制工具</p>
    </StrictMode>,
  );
