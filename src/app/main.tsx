import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { startUrlSync } from "../state/url-sync";
import { currentView } from "../state/view-store";
import { App } from "./app";
import { startHeightReporter } from "./embed";
import { prefetchView } from "./prefetch";
import { loadView } from "./view-modules";
import "./styles.css";

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
startUrlSync();
prefetchView(queryClient, currentView());
void loadView(currentView().view);
startHeightReporter();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
