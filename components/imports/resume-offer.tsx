import type { InterruptedImport } from "@/lib/imports/interrupted-file";
import { Button } from "@/components/ui/button";
import { formatCount, plural } from "@/components/ui/format";
import { importName } from "@/lib/imports/import-name";

// The file just chosen is the one an interrupted import was reading: offer to go on
// after its last stored line (nothing twice, nothing lost), or to load it as new.

type Props = { file: File; match: InterruptedImport; onResume: () => void; onImportAsNew: () => void; onCancel: () => void };

export function ResumeOffer({ file, match, onResume, onImportAsNew, onCancel }: Props) {
  return (
    <section aria-label="Resume the interrupted import" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-medium">This is the file of an interrupted import</p>
      <p className="mt-1">
        <span className="font-mono text-xs">{file.name}</span> begins with the {match.lines === 1 ? "line" : plural(match.lines, "line")} already stored by the
        import of <span className="font-mono text-xs">{importName(match)}</span>, which was interrupted at line {formatCount(match.lines)}. Resuming reads on
        from line {formatCount(match.lines + 1)}: nothing is imported twice.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" variant="primary" onClick={onResume}>
          Resume after line {formatCount(match.lines)}
        </Button>
        <Button size="sm" variant="secondary" onClick={onImportAsNew} title="Every line again, as a new import: the stored lines would be there twice">
          Import as a new file
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
