import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PROVIDER_ADDRESS_FIELDS, PROVIDER_ADDRESS_MESSAGE, providerAddressRefused } from "./provider-choice";
import { FineTuneApiRequestSchema } from "./fine-tune-api";
import { LaunchRequestSchema, SweepRequestSchema } from "./launch-request";
import { ModerationScanRequestSchema } from "./moderation";

// No request chooses where a provider is or which key it uses: the fields an address or a
// key goes by are refused by name, in every request that reaches a provider.

const HOSTILE = "http://127.0.0.1:3891/internal/admin/delete-all?confirm=yes#";
const refusedPaths = (r: z.ZodSafeParseResult<unknown>) =>
  r.success ? [] : r.error.issues.filter((i) => i.message === PROVIDER_ADDRESS_MESSAGE).map((i) => i.path.join("."));

describe("provider address fields", () => {
  const schema = z.object({ provider: z.string(), ...providerAddressRefused });

  it("refuses each one by name, whatever its value, and says what to do instead", () => {
    for (const field of PROVIDER_ADDRESS_FIELDS) {
      for (const value of [HOSTILE, "", null, { url: HOSTILE }])
        expect(refusedPaths(schema.safeParse({ provider: "openai", [field]: value }))).toEqual([field]);
    }
    expect(PROVIDER_ADDRESS_MESSAGE).toMatch(
      /name one an admin set up with provider \(openai, azure, compatible\)\. Admins set addresses and keys under Settings → Fine-tuning providers/,
    );
  });

  it("leaves a request without them alone", () => {
    expect(schema.parse({ provider: "compatible" })).toEqual({ provider: "compatible" });
  });

  it("are refused by the fine-tune launch, the sweep, the API's launch and the moderation scan", () => {
    const launch = { model: "gpt-4o-mini-2024-07-18", baseURL: HOSTILE, api_key: "sk-mine" };
    expect(refusedPaths(LaunchRequestSchema.safeParse(launch))).toEqual(["baseURL", "api_key"]);
    expect(refusedPaths(SweepRequestSchema.safeParse({ ...launch, n_epochs_values: "2,3" }))).toEqual(["baseURL", "api_key"]);
    expect(refusedPaths(FineTuneApiRequestSchema.safeParse({ ...launch, snapshot_id: "s1" }))).toEqual(["baseURL", "api_key"]);
    expect(refusedPaths(ModerationScanRequestSchema.safeParse({ mode: "all", endpoint: HOSTILE }))).toEqual(["endpoint"]);
  });
});
