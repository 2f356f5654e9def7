import { defineConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { adminStatePath, E2E_PROVIDER_KEY, OIDC, OPENAI_STAND_IN } from "./e2e/admin-state";
import { tmpdir } from "node:os";
import { guardRepositoryBoundary } from "./lib/test/repository-boundary";

// The runner and every worker load this file: a test reading beside the checkout throws.
guardRepositoryBoundary();

// End-to-end tests drive the built app (`next start`) on a fresh temporary SQLite
// file, in Debian's Chromium. The path is chosen once in the runner and inherited by
// its workers, so tests can check results in the same database.
process.env.E2E_DATABASE_URL ??= `file:${join(mkdtempSync(join(tmpdir(), "tuneset-e2e-")), "e2e.db")}`;
const PORT = Number(process.env.E2E_PORT ?? 3199);
// E2E_BASE_URL points the tests at a server you started yourself (e.g. `next dev`).
const external = process.env.E2E_BASE_URL;

// The first test signs up the first-run admin through the page and keeps the session
// here; every other test starts signed in as that admin unless it says otherwise.

export default defineConfig({
  testDir: "e2e",
  projects: [
    { name: "first run", testMatch: "first-run.setup.ts" },
    { name: "app", testMatch: "**/*.spec.ts", testIgnore: "security/**", dependencies: ["first run"], use: { storageState: adminStatePath() } },
    // Every hostile case, one file per kind of attack, against the same built server.
    { name: "security", testMatch: "security/**/*.spec.ts", dependencies: ["first run"], use: { storageState: adminStatePath() } },
  ],
  // One worker: SQLite has one writer, and tests must not depend on each other's data.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "test-results/e2e.json" }]] : "list",
  use: {
    baseURL: external ?? `http://127.0.0.1:${PORT}`,
    acceptDownloads: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: external
    ? undefined
    : [
        {
          command: "npx tsx e2e/oidc-issuer.ts",
          url: `${OIDC.issuer}/.well-known/openid-configuration`,
          reuseExistingServer: false,
          timeout: 60_000,
        },
        {
          // The provider's API, answered locally: the app reaches it only through OPENAI_BASE_URL.
          command: "npx tsx e2e/openai-stand-in/main.ts",
          url: `${OPENAI_STAND_IN.admin}/health`,
          reuseExistingServer: false,
          timeout: 60_000,
          // Long enough running for a test to see a job run and cancel it; short enough to wait for the end.
          env: { STAND_IN_RUNNING_MS: "5000" },
        },
        {
          // The API client keeps connections open between steps; Node closes idle ones after
          // 5 s, and a request sent as it does so fails with "socket hang up". Hold them longer.
          command: `npx tsx scripts/migrate.ts && npx tsx scripts/serve.ts -H 127.0.0.1 -p ${PORT} --keepAliveTimeout 120000`,
          url: `http://127.0.0.1:${PORT}/`,
          reuseExistingServer: false,
          timeout: 120_000,
          env: {
            DATABASE_URL: process.env.E2E_DATABASE_URL,
            NEXT_TELEMETRY_DISABLED: "1",
            // A provider key the server holds, so the security test can prove it never leaves it.
            OPENAI_API_KEY: E2E_PROVIDER_KEY,
            OPENAI_BASE_URL: OPENAI_STAND_IN.baseURL,
            // No TUNESET_SECRET_KEY: the server generates the key that seals provider keys saved on
            // the settings page, as a fresh install does (e2e/providers.spec.ts checks the file).
            // The stand-in finishes a fine-tune in seconds; follow it at that pace.
            TUNESET_POLL_INTERVAL_MS: "300",
            TUNESET_FILE_POLL_MS: "200",
            // An import whose process died is noticed within seconds (the security suite kills one).
            TUNESET_IMPORT_LEASE_MS: "3000",
            // Single sign-on needs the address the provider sends people back to.
            TUNESET_PUBLIC_URL: OIDC.appUrl,
            TUNESET_OIDC_ISSUER: OIDC.issuer,
            TUNESET_OIDC_CLIENT_ID: OIDC.clientId,
            TUNESET_OIDC_CLIENT_SECRET: OIDC.clientSecret,
            TUNESET_OIDC_NAME: "Test SSO",
            TUNESET_OIDC_CREATE_USERS: "true",
          },
        },
      ],
});
