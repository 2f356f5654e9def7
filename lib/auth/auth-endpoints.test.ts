import { describe, expect, it } from "vitest";
import { isOpenAuthEndpoint } from "./auth-endpoints";

describe("the library's endpoints over HTTP", () => {
  it("opens signing in, the provider's callback and its error page", () => {
    expect(isOpenAuthEndpoint("POST", "/api/auth/sign-in/email")).toBe(true);
    expect(isOpenAuthEndpoint("get", "/api/auth/callback/oidc")).toBe(true);
    expect(isOpenAuthEndpoint("POST", "/api/auth/callback/oidc/")).toBe(true);
    expect(isOpenAuthEndpoint("GET", "/api/auth/error")).toBe(true);
  });

  it("closes everything else, self-service resets first", () => {
    for (const [method, path] of [
      ["POST", "/api/auth/request-password-reset"],
      ["POST", "/api/auth/reset-password"],
      ["GET", "/api/auth/reset-password/abc"],
      ["POST", "/api/auth/sign-up/email"],
      ["GET", "/api/auth/sign-in/email"],
      ["POST", "/api/auth/change-password"],
      ["GET", "/api/auth/list-sessions"],
      ["GET", "/api/auth/get-session"],
      ["POST", "/api/auth/sign-in/social"],
      ["GET", "/api/auth/callback/github"],
      ["POST", "/api/auth/sign-in/email/../../request-password-reset"],
      ["POST", "/api/authx/sign-in/email"],
    ]) {
      expect(isOpenAuthEndpoint(method, path), `${method} ${path}`).toBe(false);
    }
  });
});
