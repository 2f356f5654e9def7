import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "e2e/openai-stand-in/**/*.test.ts"],
    setupFiles: ["lib/test/setup-db.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
  },
});
