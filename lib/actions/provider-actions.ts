"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "../auth/authorize";
import { clearProviderSetting, saveProviderSetting } from "../db/providers/provider-settings";
import { isAppError } from "../errors";
import { PROVIDER_KIND_NAMES } from "../fine-tunes/fine-tune-vocabulary";
import { actionFailure, type ActionResult } from "../api/action-result";
import { ProviderKindSchema, ProviderSettingSchema, type ProviderSettingField } from "../validation/provider-setting";

// The settings page's fine-tuning providers: save a kind's settings, or remove them so
// the server's environment applies again. Results carry no key; on a failure the typed
// values come back (all but the key) so the form keeps them.

const FIELDS: ProviderSettingField[] = ["baseURL", "apiVersion", "organization", "project"];

export type ProviderActionResult = ActionResult<{ message: string }, ProviderSettingField> & { values?: Partial<Record<ProviderSettingField, string>> };

export async function saveProviderSettingAction(_prev: ProviderActionResult | null, form: FormData): Promise<ProviderActionResult> {
  const values = Object.fromEntries(FIELDS.flatMap((f) => (typeof form.get(f) === "string" ? [[f, String(form.get(f))]] : [])));
  try {
    const actor = await authorize("providers.manage");
    const parsed = ProviderSettingSchema.safeParse({ kind: form.get("kind"), apiKey: form.get("apiKey"), ...values });
    if (!parsed.success) return { ...actionFailure(parsed.error), values };
    const { changed } = await saveProviderSetting(actor, parsed.data);
    revalidatePath("/admin/settings");
    const name = PROVIDER_KIND_NAMES[parsed.data.kind];
    return { ok: true, message: changed.length ? `Saved. Fine-tunes on ${name} now use these settings.` : "Nothing changed." };
  } catch (e) {
    const failure = actionFailure<ProviderSettingField>(e);
    const field = isAppError(e) ? (e.details as { field?: ProviderSettingField } | undefined)?.field : undefined;
    return { ...failure, ...(field ? { fieldErrors: { [field]: [failure.error] } } : {}), values };
  }
}

export async function clearProviderSettingAction(_prev: ProviderActionResult | null, form: FormData): Promise<ProviderActionResult> {
  try {
    const actor = await authorize("providers.manage");
    const parsed = ProviderKindSchema.safeParse({ kind: form.get("kind") });
    if (!parsed.success) return actionFailure(parsed.error);
    const { removed } = await clearProviderSetting(actor, parsed.data.kind);
    revalidatePath("/admin/settings");
    return { ok: true, message: removed ? "Removed. The server's environment applies again." : "Nothing was saved." };
  } catch (e) {
    return actionFailure(e);
  }
}
