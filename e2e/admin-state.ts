import { dirname, join } from "node:path";

/** Where the first-run test keeps the admin's session for every other test (beside the e2e database). */
export const adminStatePath = () => join(dirname((process.env.E2E_DATABASE_URL ?? "file:./e2e.db").replace(/^file:/, "")), "admin-state.json");

export const ADMIN = { name: "Ada Admin", email: "admin@tuneset.test", password: "correct horse battery staple" };
