import { afterAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { tmpdir } from "node:os";
import { closeDb, db } from "../client";
import { migrate } from "../migrate";
import { databaseFile } from "../../env";
import { authSecret } from "./auth-secret";
import { authSecretPath } from "./auth-secret-file";

afterAll(closeDb);

const mode = (path: string) => statSync(path).mode & 0o777;
const scratch = () => mkdtempSync(join(tmpdir(), "tuneset-secret-"));

describe("the database files", () => {
  it("are made readable by their owner only, in a folder only the owner can enter", () => {
    const dir = join(scratch(), "data", "nested");
    const file = join(dir, "tuneset.db");
    migrate(file);
    const handle = new Database(file);
    handle.pragma("journal_mode = WAL");
    handle.exec("CREATE TABLE IF NOT EXISTS t (a)");
    expect(mode(dir)).toBe(0o700);
    expect(mode(dirname(dir))).toBe(0o700);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f), f).toBe(0o600);
    handle.close();
  });

  it("are tightened when an older version left them readable by others", () => {
    const file = join(scratch(), "old.db");
    migrate(file);
    chmodSync(file, 0o644);
    migrate(file);
    expect(mode(file)).toBe(0o600);
  });
});

describe("the generated auth secret", () => {
  it("lives in a file only its owner can read, beside the database, and not in it", async () => {
    delete process.env.TUNESET_AUTH_SECRET;
    delete process.env.BETTER_AUTH_SECRET;
    const secret = authSecret();
    expect(secret.length).toBeGreaterThanOrEqual(40);
    expect(authSecret()).toBe(secret);
    const path = authSecretPath(dirname(databaseFile()));
    expect(readFileSync(path, "utf8").trim()).toBe(secret);
    expect(mode(path)).toBe(0o600);
    expect(await db().serverSetting.findMany()).toEqual([]);
    expect(readFileSync(databaseFile()).includes(Buffer.from(secret))).toBe(false);
  });

  it("moves an older version's secret out of the database into the file, so its sessions stay valid", () => {
    const file = join(scratch(), "legacy.db");
    migrate(file);
    const old = new Database(file);
    old.prepare(`INSERT INTO ServerSetting (key, value) VALUES ('auth_secret', 'the-secret-an-older-version-made')`).run();
    old.close();

    migrate(file);
    const path = authSecretPath(dirname(file));
    expect(readFileSync(path, "utf8").trim()).toBe("the-secret-an-older-version-made");
    expect(mode(path)).toBe(0o600);
    const after = new Database(file, { readonly: true });
    expect(after.prepare(`SELECT count(*) FROM ServerSetting`).pluck().get()).toBe(0);
    after.close();
    // Overwritten, not left in the file's free space.
    for (const f of [file, `${file}-wal`]) {
      const bytes = (() => {
        try {
          return readFileSync(f);
        } catch {
          return Buffer.alloc(0);
        }
      })();
      expect(bytes.includes(Buffer.from("the-secret-an-older-version-made")), f).toBe(false);
    }
  });

  it("keeps an existing file when the database still has an old secret", () => {
    const dir = scratch();
    const file = join(dir, "both.db");
    writeFileSync(authSecretPath(dir), "the-file-wins\n", { mode: 0o600 });
    migrate(file);
    const old = new Database(file);
    old.prepare(`INSERT INTO ServerSetting (key, value) VALUES ('auth_secret', 'stale')`).run();
    old.close();
    migrate(file);
    expect(readFileSync(authSecretPath(dir), "utf8").trim()).toBe("the-file-wins");
  });
});
