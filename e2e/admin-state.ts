import { dirname, join } from "node:path";

/** Where the first-run test keeps the admin's session for every other test (beside the e2e database). */
export const adminStatePath = () => join(dirname((process.env.E2E_DATABASE_URL ?? "file:./e2e.db").replace(/^file:/, "")), "admin-state.json");

export const ADMIN = { name: "Ada Admin", email: "admin@tuneset.test", password: "correct horse battery staple" };

/** The provider key the e2e server is started with; it must never reach a browser. */
export const E2E_PROVIDER_KEY = "sk-tuneset-e2e-3f9c2a7d51b04e8f9a6c";
