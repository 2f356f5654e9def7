import { describe, expect, it } from "vitest";
import { AccountCreateSchema, PASSWORD_RULES, ResetPasswordSchema } from "./accounts";

// The forms show PASSWORD_RULES before anyone submits; the schemas must refuse exactly
// what a rule left unmet, or the page would promise what the server refuses.

const account = (password: string) => AccountCreateSchema.safeParse({ email: "grace.hopper@example.com", name: "Grace", password, role: "annotator" }).success;
const reset = (password: string) => ResetPasswordSchema.safeParse({ token: "t", password }).success;
const allMet = (password: string, email?: string) => PASSWORD_RULES.filter((r) => email !== undefined || !r.forNewAccount).every((r) => r.met(password, email));

describe("the password rules", () => {
  it("agree with the schemas on every kind of password", () => {
    const samples = [
      "short",
      "aaaaaaaaaaaa",
      "abababababab",
      "abcdabcdabcd",
      "x".repeat(129),
      "a long and boring password",
      "grace.hopper wrote it",
      "GRACE.HOPPER 1906!",
    ];
    for (const p of samples) {
      expect(allMet(p, "grace.hopper@example.com"), p).toBe(account(p));
      expect(allMet(p), p).toBe(reset(p));
    }
  });

  it("leave out the e-mail rule for a short e-mail name, as the schema does", () => {
    expect(PASSWORD_RULES.find((r) => r.id === "email")!.met("bob is a builder", "bob@example.com")).toBe(true);
    expect(AccountCreateSchema.safeParse({ email: "bob@example.com", name: "Bob", password: "bob is a builder", role: "viewer" }).success).toBe(true);
  });
});
