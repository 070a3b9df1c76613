"use client";

import { lazy, Suspense } from "react";
import "./globals.css";

// Every page loads this boundary, but it shows only when the root layout fails: its texts come with the
// full translator, fetched then, instead of weighing on every page (the layout's picked texts are gone here).
const GlobalErrorContent = lazy(() => import("./global-error-content"));

/**
 * Shown when even the root layout fails (for instance when the database is unreachable while it
 * reads the session): it replaces the whole document, so it brings its own html and body.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nl">
      <body className="utrecht-theme inkoop-theme utrecht-document">
        <Suspense fallback={null}>
          <GlobalErrorContent digest={error.digest} reset={reset} />
        </Suspense>
      </body>
    </html>
  );
}
