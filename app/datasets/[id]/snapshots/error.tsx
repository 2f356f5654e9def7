"use client";

import { RouteError } from "@/components/ui/route-error";

export default function SnapshotsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} what="the snapshots" />;
}
