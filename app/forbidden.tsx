import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function Forbidden() {
  return (
    <NotFoundPanel title="Your role does not open this page">
      This page is for another role (users and provider keys are the admin&apos;s; exports, imports and settings are the leads&apos;). Ask an admin if you need
      it.
    </NotFoundPanel>
  );
}
