import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { AuthForm } from "@/components/auth/auth-form";
import { hasAccounts } from "@/lib/services/accounts/accounts";
import { createFirstAdminAction } from "@/lib/actions/session-actions";

export const metadata: Metadata = { title: "Welcome" };

// The first run: a database without accounts asks for its admin, once.
export default async function WelcomePage() {
  if (await hasAccounts()) redirect("/sign-in");
  return (
    <AuthCard title="Welcome to Tuneset" intro="Create the admin account. The admin adds everyone else (annotators, leads, viewers) from the Users page.">
      <AuthForm
        action={createFirstAdminAction}
        label="Create the admin account"
        submit="Create admin and sign in"
        fields={[
          { name: "name", label: "Your name", type: "text", autoComplete: "name" },
          { name: "email", label: "E-mail", type: "email", autoComplete: "username" },
          { name: "password", label: "Password", type: "password", autoComplete: "new-password", choose: "account" },
        ]}
      />
    </AuthCard>
  );
}
