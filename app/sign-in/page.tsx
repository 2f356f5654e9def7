import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthForm } from "@/components/auth/auth-form";
import { Notice } from "@/components/ui/notice";
import { buttonClasses } from "@/components/ui/button";
import { hasAccounts } from "@/lib/services/accounts/accounts";
import { optionalRequestActor } from "@/lib/services/auth/request-actor";
import { oidcConfig } from "@/lib/auth/oidc-config";
import { oidcSignInAction, signInAction } from "@/lib/actions/session-actions";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string; reset?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  // A fresh install has nobody to sign in as: make the admin first.
  if (!(await hasAccounts())) redirect("/welcome");
  if (await optionalRequestActor()) redirect("/");
  const { next, reset } = await searchParams;
  const oidc = oidcConfig();
  return (
    <AuthCard title="Sign in to Tuneset" intro="Use the e-mail and password your admin gave you.">
      {reset ? (
        <div className="mb-4">
          <Notice tone="success">Your new password is set. Sign in with it.</Notice>
        </div>
      ) : null}
      <AuthForm
        action={signInAction}
        label="Sign in"
        submit="Sign in"
        hidden={{ next: next ?? "/" }}
        fields={[
          { name: "email", label: "E-mail", type: "email", autoComplete: "username" },
          { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
        ]}
      />
      {oidc ? (
        <form action={oidcSignInAction} className="mt-3">
          <input type="hidden" name="next" value={next ?? "/"} />
          <button type="submit" className={buttonClasses("secondary", "md", "w-full")}>
            Sign in with {oidc.label}
          </button>
        </form>
      ) : null}
      <p className="mt-4 text-xs text-zinc-500">
        Forgot your password? An admin can give you a one-time reset link from the{" "}
        <Link href="/admin/users" className="underline">
          Users
        </Link>{" "}
        page.
      </p>
    </AuthCard>
  );
}
