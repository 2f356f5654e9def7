"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type DragEvent } from "react";
import type { ImportSummary } from "@/lib/imports/import-summary";
import { Button } from "@/components/ui/button";
import { formatBytes } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { findInterruptedImport, type InterruptedImport } from "@/lib/imports/interrupted-file";
import { ImportSummaryView } from "./import-summary-view";
import { ResumeOffer } from "./resume-offer";
import { uploadFile } from "./upload-file";

// Import a JSONL file into the dataset: pick it or drop it, watch it upload, then read
// what the server made of it. The table refreshes as soon as the import is stored. A
// file an interrupted import was reading is recognised first, and offered to resume.

const ACCEPTED = [".jsonl", ".json", ".txt"];

type Phase =
  | { kind: "idle" }
  | { kind: "checking"; file: File }
  | { kind: "offer"; file: File; match: InterruptedImport }
  | { kind: "uploading"; file: File; sent: number; total: number }
  | { kind: "processing"; file: File }
  | { kind: "done"; summary: ImportSummary }
  | { kind: "error"; message: string };

/** `interrupted`: the dataset's interrupted imports that can be resumed, to recognise their file. */
export function ImportPanel({ datasetId, interrupted = [] }: { datasetId: string; interrupted?: InterruptedImport[] }) {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [dragging, setDragging] = useState(false);
  const abortRef = useRef<(() => void) | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const busy = phase.kind === "uploading" || phase.kind === "processing" || phase.kind === "checking";

  async function start(files: FileList | null) {
    if (busy || !files?.length) return;
    if (files.length > 1) return setPhase({ kind: "error", message: "Drop one file at a time; each file is recorded as its own import." });
    const file = files[0];
    if (!ACCEPTED.some((ext) => file.name.toLowerCase().endsWith(ext))) {
      return setPhase({ kind: "error", message: `${file.name} is not a .jsonl, .json or .txt file. Export your data as JSONL: one JSON object per line.` });
    }
    if (interrupted.length) {
      setPhase({ kind: "checking", file });
      const match = await findInterruptedImport(file, interrupted).catch(() => null);
      if (match) return setPhase({ kind: "offer", file, match });
    }
    await upload(file);
  }

  async function upload(file: File, resume?: string) {
    setPhase({ kind: "uploading", file, sent: 0, total: file.size });
    const sending = uploadFile(datasetId, file, {
      resume,
      onProgress: (sent, total) => setPhase((p) => (p.kind === "uploading" ? { ...p, sent, total } : p)),
      onUploaded: () => setPhase({ kind: "processing", file }),
    });
    abortRef.current = sending.abort;
    const result = await sending.done;
    abortRef.current = null;
    if (inputRef.current) inputRef.current.value = "";
    setPhase(result.ok ? { kind: "done", summary: result.summary } : { kind: "error", message: result.error });
    // Even a failed import may have stored lines before it stopped.
    router.refresh();
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void start(e.dataTransfer.files);
  };

  return (
    <div className="space-y-3">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          if (!busy) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`rounded-md border-2 border-dashed px-4 py-5 text-center transition-colors ${
          dragging ? "border-indigo-400 bg-indigo-50" : "border-zinc-300 bg-zinc-50"
        }`}
      >
        <p className="text-sm text-zinc-600">
          Drop a <span className="font-mono text-xs">.jsonl</span>, <span className="font-mono text-xs">.json</span> or{" "}
          <span className="font-mono text-xs">.txt</span> file here, or
        </p>
        <label
          className={`mt-2 inline-flex h-8 cursor-pointer items-center rounded-md border border-zinc-300 bg-white px-3 text-sm font-medium shadow-sm hover:bg-zinc-100 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-500 ${
            busy ? "pointer-events-none opacity-50" : ""
          }`}
        >
          Choose file
          <input ref={inputRef} type="file" accept={ACCEPTED.join(",")} disabled={busy} onChange={(e) => void start(e.target.files)} className="sr-only" />
        </label>
        <p className="mt-2 text-xs text-zinc-500">One conversation per line, in OpenAI&apos;s chat or preference format.</p>
      </div>

      {phase.kind === "checking" ? <Progress label={`Checking ${phase.file.name}…`}>Is this the file of an interrupted import?</Progress> : null}
      {phase.kind === "offer" ? (
        <ResumeOffer
          file={phase.file}
          match={phase.match}
          onResume={() => void upload(phase.file, phase.match.id)}
          onImportAsNew={() => void upload(phase.file)}
          onCancel={() => {
            if (inputRef.current) inputRef.current.value = "";
            setPhase({ kind: "idle" });
          }}
        />
      ) : null}
      {phase.kind === "uploading" ? (
        <Progress label={`Uploading ${phase.file.name}`} value={phase.total ? phase.sent / phase.total : 0}>
          {formatBytes(phase.sent)} of {formatBytes(phase.total)}
          <Button size="sm" variant="ghost" onClick={() => abortRef.current?.()}>
            Cancel upload
          </Button>
        </Progress>
      ) : null}
      {phase.kind === "processing" ? <Progress label={`Processing ${phase.file.name}…`}>Checking every line and storing the conversations.</Progress> : null}
      {phase.kind === "error" ? (
        <Notice tone="error" title="Import failed">
          {phase.message}
        </Notice>
      ) : null}
      {phase.kind === "done" ? (
        <ImportSummaryView
          summary={phase.summary}
          onDismiss={() => setPhase({ kind: "idle" })}
          onShowInvalid={() => router.push(`/datasets/${datasetId}?invalid=1`)}
        />
      ) : null}
    </div>
  );
}

/** A determinate bar while bytes are sent; an indeterminate one while the server works. */
function Progress({ label, value, children }: { label: string; value?: number; children?: React.ReactNode }) {
  const pct = value === undefined ? undefined : Math.round(value * 100);
  return (
    <div role="status" className="space-y-1.5">
      <div className="flex items-center justify-between text-sm">
        <span className="truncate font-medium">{label}</span>
        {pct !== undefined ? <span className="tabular-nums text-zinc-600">{pct}%</span> : null}
      </div>
      <div
        role="progressbar"
        aria-label={pct === undefined ? "Processing" : "Upload progress"}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        className="h-1.5 overflow-hidden rounded-full bg-zinc-200"
      >
        <div
          className={`h-full rounded-full bg-indigo-500 ${pct === undefined ? "w-1/3 animate-pulse" : "transition-[width]"}`}
          style={pct === undefined ? undefined : { width: `${pct}%` }}
        />
      </div>
      <div className="flex items-center justify-between text-xs text-zinc-500">{children}</div>
    </div>
  );
}
