import type { Finding } from "./codes";

// What the background pass found on one record, as its page shows it.

export type RecordChecks = {
  checked: boolean;
  findings: Finding[];
  pii: string[];
  language: string | null;
  signals: string[];
};
