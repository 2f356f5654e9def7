import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

// Every test file that touches the database gets its own fresh SQLite file.
process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "tuneset-test-")), "test.db")}`;
