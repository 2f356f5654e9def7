import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthForm } from "@/components/auth/auth-form";
import { Notice } from "@/components/ui/notice";
import { resetPasswordAction } from "@/lib/actions/session-actions";

export const metadata: Metadata = { title: "Choose a password" };

type Props = { searchParams: Promise<{ token?: string; error?: string }> };

// Where an admin's one-time reset link leads.
export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token, error } = await searchParams;
  if (!token || error) {
    return (
      <AuthCard title="This link does not work">
        <Notice tone="error">This reset link has expired or was already used. Ask an admin for a new one.</Notice>
        <p className="mt-4 text-sm">
          <Link href="/sign-in" className="underline">
            Back to sign-in
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Choose a new password"
      intro="The link works once. Setting a password signs you out everywhere and revokes your API tokens: make new ones on your account page."
    >
      <AuthForm
        action={resetPasswordAction}
        label="Choose a new password"
        submit="Set password"
        hidden={{ token }}
        fields={[{ name: "password", label: "New password", type: "password", autoComplete: "new-password", choose: "password" }]}
      />
    </AuthCard>
  );
}
