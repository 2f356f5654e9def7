"use server";

import { serverAction, type ActionState } from "../api/server-action";
import { clearProviderSetting, saveProviderSetting } from "../db/providers/provider-settings";
import { PROVIDER_KIND_NAMES } from "../fine-tunes/fine-tune-vocabulary";
import { ProviderKindSchema, ProviderSettingSchema, type ProviderSettingField } from "../validation/provider-setting";

// The settings page's fine-tuning providers: save a kind's settings, or remove them so
// the server's environment applies again. Results carry no key; on a failure the typed
// values come back (all but the key) so the form keeps them. A refusal about one field
// (its AppError names it) shows under that field.

const FIELDS = ["baseURL", "apiVersion", "organization", "project"] as const satisfies readonly ProviderSettingField[];

export type ProviderActionResult = ActionState<{ message: string }, ProviderSettingField, (typeof FIELDS)[number]>;

export const saveProviderSettingAction = serverAction(
  { permission: "providers.manage", schema: ProviderSettingSchema, form: true, keep: FIELDS, revalidate: () => ["/admin/settings"] },
  async (setting, actor) => {
    const { changed } = await saveProviderSetting(actor, setting);
    const name = PROVIDER_KIND_NAMES[setting.kind];
    return { message: changed.length ? `Saved. Fine-tunes on ${name} now use these settings.` : "Nothing changed." };
  },
);

export const clearProviderSettingAction = serverAction(
  { permission: "providers.manage", schema: ProviderKindSchema, form: true, revalidate: () => ["/admin/settings"] },
  async ({ kind }, actor) => {
    const { removed } = await clearProviderSetting(actor, kind);
    return { message: removed ? "Removed. The server's environment applies again." : "Nothing was saved." };
  },
);
