import { CliError } from "./cli-error";
import { setProcessEnv } from "../env";
import { hasSavedSetting } from "../db/providers/provider-settings";
import { PROVIDER_KIND_NAMES, type ProviderKind } from "../fine-tunes/fine-tune-vocabulary";
import { PROVIDER_ENV, SETTINGS_PLACE } from "../providers/provider-config";
import { baseURLProblem } from "../providers/provider-field-rules";

// `--base-url` of `finetune launch` and `eval run`. Working on the database file, the CLI
// acts as an admin, and an admin says where a provider is through the server's
// environment: the flag stands for that provider's address variable (OPENAI_BASE_URL,
// TUNESET_COMPATIBLE_BASE_URL) in this process alone, the key beside it coming from the
// environment as usual. Requests through the app or the API never carry an address.

/** Sets the provider's address variable for this process; a plain CliError when the flag cannot apply. */
export async function applyBaseUrlFlag(provider: ProviderKind, url: string | undefined): Promise<void> {
  if (url === undefined) return;
  if (provider === "azure") {
    throw new CliError(
      "--base-url is for the openai and compatible providers; Azure OpenAI takes its endpoint from AZURE_OPENAI_ENDPOINT or the settings page",
      2,
    );
  }
  const address = url.trim();
  const problem = baseURLProblem(address);
  if (problem) throw new CliError(`--base-url: ${problem}`, 2);
  const variable = PROVIDER_ENV[provider].baseURL;
  // Saved settings replace the environment as a whole (address and key together), so the flag would go unused.
  if (await hasSavedSetting(provider)) {
    throw new CliError(
      `--base-url stands in for ${variable}, but ${PROVIDER_KIND_NAMES[provider]} settings are saved under ${SETTINGS_PLACE}, and saved settings take the place of the environment. Leave out --base-url to use them, or remove them there first.`,
      2,
    );
  }
  setProcessEnv(variable, address);
}
