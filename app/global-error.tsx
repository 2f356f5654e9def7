"use client";

// Replaces the root layout when the layout itself fails, so it brings its own document
// and inline styles (globals.css is not loaded here).
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: 48, color: "#18181b" }}>
        <title>Tuneset is unavailable</title>
        <h1 style={{ fontSize: 18, fontWeight: 600 }}>Tuneset could not start this page</h1>
        <p style={{ color: "#52525b", maxWidth: 520 }}>
          The server failed before it could show anything, often because the database is unreachable. Check the server log, then try again.
        </p>
        <button onClick={() => retry()} style={{ marginTop: 12, padding: "6px 12px" }}>
          Try again
        </button>
      </body>
    </html>
  );
}
