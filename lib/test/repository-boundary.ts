import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { homedir, tmpdir } from "node:os";
import { dirname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

// Tests read nothing outside the repository: a clone in any folder must pass alone. A
// test that opens a file beside the checkout (say ../shared/…) passes on a developer's
// machine and fails everywhere else, so such a read throws here, in every suite, at once.

// Every suite runs from the repository root (`npm test`, vitest, playwright), and this
// module is loaded by Playwright's CommonJS loader too, where import.meta is not there.
export const REPOSITORY_ROOT = resolve(process.cwd());

const within = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/** Whether reading `path` would reach outside the repository, into the folder that holds it. */
export function readsOutsideRepository(path: unknown, root = REPOSITORY_ROOT): boolean {
  if (typeof path !== "string" && !(path instanceof URL) && !Buffer.isBuffer(path)) return false;
  const text = path instanceof URL ? (path.protocol === "file:" ? fileURLToPath(path) : "") : String(path);
  if (!text) return false;
  const absolute = resolve(text);
  if (within(absolute, root)) return false;
  const parent = dirname(root);
  if (within(absolute, resolve(parent, "shared"))) return true;
  // A checkout straight in the temporary or home folder (or at the top of the disk) has
  // the machine's own files beside it: there only the shared folder is out of bounds.
  const machineFolder = [resolve(tmpdir()), resolve(homedir())].some((folder) => within(folder, parent));
  return !machineFolder && within(absolute, parent);
}

function guard<F extends (...args: never[]) => unknown>(name: string, original: F, promised = false): F {
  return function (this: unknown, ...args: Parameters<F>) {
    if (readsOutsideRepository(args[0])) {
      const error = new Error(
        `Tests must not read outside the repository: ${name}(${String(args[0])}). Copy the file into the repository (with its source and licence) and read it there.`,
      );
      if (promised) return Promise.reject(error);
      throw error;
    }
    return original.apply(this, args);
  } as F;
}

/** Makes every file read of this process outside the repository throw. */
export function guardRepositoryBoundary() {
  const marker = fs as unknown as { tunesetBoundary?: boolean };
  if (marker.tunesetBoundary) return;
  marker.tunesetBoundary = true;
  for (const name of ["readFileSync", "readFile", "openSync", "open", "createReadStream", "readdirSync", "readdir", "opendirSync"] as const) {
    (fs as unknown as Record<string, unknown>)[name] = guard(name, fs[name] as never);
  }
  for (const name of ["readFile", "open", "readdir", "opendir"] as const) {
    (fs.promises as unknown as Record<string, unknown>)[name] = guard(`promises.${name}`, fs.promises[name] as never, true);
  }
  syncBuiltinESMExports();
}
