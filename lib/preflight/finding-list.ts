import { severityOf, type Finding, type FindingCode } from "./codes";

// A line with ten thousand broken messages should not produce ten thousand rows,
// the same bound the import puts on a line's format errors.
export const MAX_FINDINGS_PER_EXAMPLE = 50;

/**
 * The findings of one example, at most MAX_FINDINGS_PER_EXAMPLE. Errors are kept
 * before warnings, so a line with a hundred unknown keys still shows the error
 * that would fail the job; errorCount counts every error, kept or not.
 */
export class FindingList {
  private readonly errors: Finding[] = [];
  private readonly warnings: Finding[] = [];
  errorCount = 0;

  add(code: FindingCode, path: string, message: string): void {
    if (severityOf(code) === "error") {
      this.errorCount++;
      if (this.errors.length < MAX_FINDINGS_PER_EXAMPLE) this.errors.push({ code, path, message });
    } else if (this.warnings.length < MAX_FINDINGS_PER_EXAMPLE) {
      this.warnings.push({ code, path, message });
    }
  }

  /**
   * Whether a kept error already covers this path: one at the path itself, or one
   * at a list item (a content part, a call) the path lies inside.
   */
  hasErrorCovering(path: string): boolean {
    return this.errors.some((f) => f.path === path || (f.path.endsWith("]") && path.startsWith(`${f.path}.`)));
  }

  list(): Finding[] {
    if (this.warnings.length === 0) return this.errors;
    const room = MAX_FINDINGS_PER_EXAMPLE - this.errors.length;
    return room >= this.warnings.length ? [...this.errors, ...this.warnings] : [...this.errors, ...this.warnings.slice(0, room)];
  }
}
