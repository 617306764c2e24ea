import { I18nProvider } from "@lingui/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { i18n } from "../i18n/i18n";
import { startUrlSync } from "../state/url-sync";
import { currentView } from "../state/view-store";
import { App } from "./app";
import { startHeightReporter } from "./embed";
import { startLanguageSync } from "./language";
import { setTabIcon } from "./tab-icon";
import { whenIdle } from "../lib/when-idle";
import { prefetchView } from "./prefetch";
import { loadView } from "./view-modules";
import "./styles.css";

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
/** How long the first render waits for the view's code before it draws the page around a loading view. */
const VIEW_WAIT_MS = 200;
startUrlSync();
prefetchView(queryClient, currentView());
// The language first, so the view's messages are fetched in the page's language.
const languageReady = startLanguageSync();
// The view's code was preloaded with the entry and is usually here by now: waiting for it draws the page once, view
// included, instead of laying out and painting a page around a loading view only to draw it again at once.
const viewReady = Promise.race([loadView(currentView().view), new Promise((wait) => setTimeout(wait, VIEW_WAIT_MS))]);
startHeightReporter();

Promise.all([languageReady, viewReady]).then(() => {
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </I18nProvider>
    </StrictMode>,
  );
  whenIdle(() => setTabIcon());
});
