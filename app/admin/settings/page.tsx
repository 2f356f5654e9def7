import type { Metadata } from "next";
import { pageActor } from "@/app/_lib/page-access";
import { providerKeys } from "@/lib/providers/provider-keys";
import { oidcConfig } from "@/lib/auth/oidc-config";

export const metadata: Metadata = { title: "Settings" };

// What this server is configured with, as far as an admin needs to see it: which
// provider keys it holds (masked), and how people sign in.
export default async function SettingsPage() {
  await pageActor("providers.manage");
  const keys = providerKeys();
  const oidc = oidcConfig();
  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-xl font-semibold tracking-tight">Settings</h1>
      <section aria-labelledby="keys-heading" className="rounded-lg border border-zinc-200 bg-white p-5 shadow-sm">
        <h2 id="keys-heading" className="text-sm font-semibold">
          Provider keys
        </h2>
        <p className="mb-3 mt-1 text-sm text-zinc-600">
          Keys stay on the server: they are set in its environment and never sent to a browser. Only their last four characters are shown.
        </p>
        <table aria-label="Provider keys" className="w-full text-left text-sm">
          <tbody className="divide-y divide-zinc-100">
            {keys.map((k) => (
              <tr key={k.variable}>
                <td className="py-2 pr-3 font-medium">{k.provider}</td>
                <td className="py-2 pr-3 font-mono text-xs">{k.variable}</td>
                <td className="py-2">{k.masked ? <span className="font-mono">{k.masked}</span> : <span className="text-zinc-400">not set</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="signin-heading" className="rounded-lg border border-zinc-200 bg-white p-5 text-sm shadow-sm">
        <h2 id="signin-heading" className="text-sm font-semibold">
          Sign-in
        </h2>
        <p className="mt-1 text-zinc-600">
          E-mail and password{oidc ? `, and ${oidc.label} (OpenID Connect)` : ""}. Single sign-on is set with TUNESET_OIDC_ISSUER, TUNESET_OIDC_CLIENT_ID and
          TUNESET_OIDC_CLIENT_SECRET.
        </p>
      </section>
    </div>
  );
}
