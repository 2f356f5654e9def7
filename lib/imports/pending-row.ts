// One parsed line of an import, as the parser hands it to the writer
// (lib/db/imports/conversation-writer.ts): a record, or an invalid line with its errors.
export type PendingRow = {
  sourceLine: number;
  kind: "chat" | "preference" | "invalid";
  body: string;
  errors: string | null;
  unknownKeys: string | null;
  preview: string;
  turns: number;
  contentHash: string | null;
  /** An invalid line that is not UTF-8: its bytes as read (body holds them decoded). */
  rawBytes?: Uint8Array | null;
};
