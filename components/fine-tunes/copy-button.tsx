"use client";

import { useState } from "react";
import { buttonClasses } from "@/components/ui/button";

// One click copies a value (a fine-tuned model id) and says so where the click was.
export function CopyButton({ value, label = "Copy" }: { value: string; label?: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      // Clipboard access can be refused (insecure origin, permissions); the value stays selectable beside the button.
      setCopied("failed");
    }
    setTimeout(() => setCopied(null), 2000);
  }
  return (
    <button type="button" onClick={copy} className={buttonClasses("ghost", "sm")} aria-label={`${label} ${value}`}>
      <span aria-live="polite">{copied === "yes" ? "Copied" : copied === "failed" ? "Select and copy" : label}</span>
    </button>
  );
}
