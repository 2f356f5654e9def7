import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

// Parts that need their own process: peak RSS is per process, and the lib keeps one
// database per process (DATABASE_URL is read once). Children print one result line
// with a marker so tsx or library chatter on stdout cannot be mistaken for it.

export const RESULT_MARKER = "BENCH_RESULT ";

export function reportToParent(result: unknown): void {
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(result)}\n`);
}

export function runChild<T>(script: string, args: string[], databaseFile: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL(script, import.meta.url)), ...args], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.split("\n").find((l) => l.startsWith(RESULT_MARKER));
      if (code !== 0 || !line) return reject(new Error(`${script} ${args.join(" ")} failed (exit ${code})\n${out}`));
      resolve(JSON.parse(line.slice(RESULT_MARKER.length)) as T);
    });
  });
}
