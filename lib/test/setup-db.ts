import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

// Every test file that touches the database gets its own fresh SQLite file.
process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "tuneset-test-")), "test.db")}`;

// A test that reads beside the checkout fails here as it would in a clone elsewhere.
import { guardRepositoryBoundary } from "./repository-boundary";
guardRepositoryBoundary();
