import type { Metadata } from "next";
import { pageActor } from "@/app/_lib/page-access";
import { providerViews } from "@/lib/db/providers/provider-settings";
import { sealingKeyStatus } from "@/lib/db/providers/sealing-key";
import { oidcConfig } from "@/lib/auth/oidc-config";
import { ProvidersSection } from "@/components/providers/providers-section";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Settings" };

// What this server is configured with, as far as an admin needs to see and change it:
// where fine-tunes go and with which key (masked), and how people sign in.
export default async function SettingsPage() {
  await pageActor("providers.manage");
  const views = await providerViews();
  const oidc = oidcConfig();
  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-xl font-semibold tracking-tight">Settings</h1>
      <ProvidersSection views={views} sealingKey={sealingKeyStatus()} />
      <Panel aria-labelledby="signin-heading" padding={5} className="text-sm">
        <h2 id="signin-heading" className="text-sm font-semibold">
          Sign-in
        </h2>
        <p className="mt-1 text-zinc-600">
          E-mail and password{oidc ? `, and ${oidc.label} (OpenID Connect)` : ""}. Single sign-on is set with TUNESET_OIDC_ISSUER, TUNESET_OIDC_CLIENT_ID and
          TUNESET_OIDC_CLIENT_SECRET.
        </p>
      </Panel>
    </div>
  );
}
