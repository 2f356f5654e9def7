import { randomId } from "./ids";
import type { Clock } from "./timing";
import { uploadProblem } from "./training-data";

// The uploaded files, kept in memory (tests and demos upload little). A file for
// fine-tuning is `uploaded` until its processing time has passed, then `processed`, or
// `error` with `status_details` when a line is not JSON; other purposes are processed
// at once. The status is worked out from the clock on every read.

export const UPLOAD_PURPOSES = ["assistants", "batch", "fine-tune", "vision", "user_data", "evals"] as const;

export type FileStatus = "uploaded" | "processed" | "error";

export type StoredFile = {
  id: string;
  filename: string;
  purpose: string;
  content: Buffer;
  createdMs: number;
  /** Unix seconds, or null for files kept until deleted. */
  expiresAt: number | null;
  /** When processing ends, and what it finds wrong (null: nothing). */
  readyMs: number;
  problem: string | null;
};

/** Batch files expire after 30 days unless asked otherwise; others are kept (FileExpirationAfter). */
const BATCH_EXPIRY_SECONDS = 30 * 24 * 3600;

export class FileStore {
  private files = new Map<string, StoredFile>();

  constructor(
    private readonly now: Clock,
    private readonly processingMs: () => number,
  ) {}

  /** `createdMs` for files the stand-in writes itself at a past moment (a job's results). */
  add(o: { filename: string; purpose: string; content: Buffer; expiresAfterSeconds?: number; createdMs?: number }): StoredFile {
    const createdMs = o.createdMs ?? this.now();
    const fineTune = o.purpose === "fine-tune";
    const expiresAfter = o.expiresAfterSeconds ?? (o.purpose === "batch" ? BATCH_EXPIRY_SECONDS : null);
    const file: StoredFile = {
      id: randomId("file-", 22),
      filename: o.filename,
      purpose: o.purpose,
      content: o.content,
      createdMs,
      expiresAt: expiresAfter === null ? null : Math.floor(createdMs / 1000) + expiresAfter,
      readyMs: fineTune ? createdMs + this.processingMs() : createdMs,
      problem: fineTune ? uploadProblem(o.content) : null,
    };
    this.files.set(file.id, file);
    return file;
  }

  get(id: string): StoredFile | undefined {
    return this.files.get(id);
  }

  delete(id: string): boolean {
    return this.files.delete(id);
  }

  /** Oldest first. */
  all(): StoredFile[] {
    return [...this.files.values()];
  }

  clear() {
    this.files.clear();
  }

  status(f: StoredFile): FileStatus {
    if (this.now() < f.readyMs) return "uploaded";
    return f.problem ? "error" : "processed";
  }

  /** The spec's OpenAIFile. */
  object(f: StoredFile) {
    const status = this.status(f);
    return {
      id: f.id,
      object: "file" as const,
      bytes: f.content.length,
      created_at: Math.floor(f.createdMs / 1000),
      expires_at: f.expiresAt,
      filename: f.filename,
      purpose: f.purpose,
      status,
      status_details: status === "error" ? f.problem : null,
    };
  }
}
