import { FIELD_LABELS, OPENAI_DEFAULT_BASE_URL, PROVIDER_ENV, type ProviderView } from "@/lib/providers/provider-config";
import { SECRET_KEY_VARIABLE, type SealingKeyStatus } from "@/lib/providers/secret-box";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { ProviderForm, type ProviderFormField } from "./provider-form";
import { Section } from "@/components/ui/panel";

// The one place an admin sees and sets the provider credentials this server holds: one
// card per kind, saying where its settings come from and which key (last four only) is
// in use, with the form to save settings here instead of in the environment.

const PLACEHOLDERS: Record<string, string> = {
  "openai.baseURL": "https://api.openai.com/v1",
  "openai.organization": "org-…",
  "openai.project": "proj_…",
  "azure.baseURL": "https://my-resource.openai.azure.com",
  "azure.apiVersion": "2025-04-01-preview",
  "compatible.baseURL": "https://llm.example.com/v1",
};

function formFields(v: ProviderView): ProviderFormField[] {
  const order = { openai: ["organization", "project", "baseURL"], azure: ["baseURL", "apiVersion"], compatible: ["baseURL"] } as const;
  const variables: Record<string, string | undefined> = PROVIDER_ENV[v.kind];
  return order[v.kind].map((name) => ({
    name,
    label: FIELD_LABELS[v.kind][name] ?? name,
    required: v.kind !== "openai",
    placeholder: PLACEHOLDERS[`${v.kind}.${name}`] ?? "",
    // OpenAI's own address is the default: left blank, it stays the default if that ever moves.
    value: v.kind === "openai" && name === "baseURL" && v[name] === OPENAI_DEFAULT_BASE_URL ? "" : (v[name] ?? ""),
    variable: variables[name],
  }));
}

function Status({ v }: { v: ProviderView }) {
  if (!v.source)
    return <p className="text-sm text-zinc-600">Not set up. Save it here, or set {Object.values(PROVIDER_ENV[v.kind]).join(", ")} on the server.</p>;
  const key = v.keyHint ? (
    v.source === "settings" ? (
      <>
        Key saved <span className="font-mono">{v.keyHint}</span> (from the settings page)
      </>
    ) : (
      <>
        Key <span className="font-mono">{v.keyHint}</span> from <span className="font-mono">{v.keyFrom}</span>
      </>
    )
  ) : (
    "No key"
  );
  return (
    <p className="text-sm text-zinc-700">
      {key}
      {v.host ? (
        <>
          . Fine-tunes go to <span className="font-medium">{v.host}</span>
        </>
      ) : null}
      .
      {v.saved ? (
        <span className="text-zinc-500">
          {" "}
          Saved {v.saved.by ? `by ${v.saved.by} ` : ""}on {formatDateTime(v.saved.at)}.
        </span>
      ) : null}
    </p>
  );
}

/** Which key seals the keys saved here, so an admin knows what to keep with the database. */
function SealingKey({ status }: { status: SealingKeyStatus }) {
  const file = <span className="font-mono">{status.path}</span>;
  if (status.problem)
    return (
      <Notice tone="warning" title="Keys cannot be saved or read here until this is fixed">
        {status.problem}
      </Notice>
    );
  return (
    <p data-testid="sealing-key" className="text-xs text-zinc-600">
      {status.source === "environment" ? (
        <>
          Keys saved here are sealed with <span className="font-mono">{SECRET_KEY_VARIABLE}</span> from the server&apos;s environment.
        </>
      ) : status.source === "file" ? (
        <>
          Keys saved here are sealed with the key Tuneset generated in {file} (readable by the server&apos;s account only). Back it up with the database: saved
          keys cannot be read without it. Set <span className="font-mono">{SECRET_KEY_VARIABLE}</span> to use a key of your own instead.
        </>
      ) : (
        <>
          The first key saved here makes a sealing key in {file}, readable by the server&apos;s account only, unless{" "}
          <span className="font-mono">{SECRET_KEY_VARIABLE}</span> is set on the server.
        </>
      )}
    </p>
  );
}

export function ProvidersSection({ views, sealingKey }: { views: ProviderView[]; sealingKey: SealingKeyStatus }) {
  return (
    <Section
      id="providers"
      title="Fine-tuning providers"
      padding={5}
      description={
        <>
          Where fine-tunes are sent. Keys stay on the server and are never sent to a browser; only their last four characters are shown. Settings saved here
          take the place of the server&apos;s environment variables for their provider, and a key saved here is stored encrypted.
        </>
      }
    >
      <div className="mb-4">
        <SealingKey status={sealingKey} />
      </div>
      <div className="space-y-4">
        {views.map((v) => (
          <article key={v.kind} aria-labelledby={`provider-${v.kind}-heading`} className="rounded-md border border-zinc-200 p-4">
            <header className="mb-2 flex flex-wrap items-center gap-2">
              <h3 id={`provider-${v.kind}-heading`} className="text-sm font-semibold">
                {v.name}
              </h3>
              {v.problem ? <Badge tone="red">Needs attention</Badge> : v.configured ? <Badge tone="green">Ready</Badge> : <Badge>Not set up</Badge>}
              {v.source ? <Badge tone="blue">{v.source === "settings" ? "Saved here" : "From the environment"}</Badge> : null}
            </header>
            <Status v={v} />
            {v.problem ? (
              <div className="mt-2">
                <Notice tone="error">{v.problem}</Notice>
              </div>
            ) : null}
            {v.source === "settings" && v.environment.keyHint ? (
              <p className="mt-1 text-xs text-zinc-500">
                <span className="font-mono">{PROVIDER_ENV[v.kind].apiKey}</span> (<span className="font-mono">{v.environment.keyHint}</span>) is set on the
                server too; the settings saved here take its place.
              </p>
            ) : null}
            {v.kind === "openai" ? <p className="mt-1 text-xs text-zinc-500">The moderation pre-scan sends to this provider too.</p> : null}
            <div className="mt-3">
              <ProviderForm
                kind={v.kind}
                name={v.name}
                fields={formFields(v)}
                keyPlaceholder={v.source === "settings" && v.keyHint ? `Leave empty to keep ${v.keyHint}` : "Paste the key"}
                keyRequired={!(v.source === "settings" && v.keyHint)}
                keyVariable={PROVIDER_ENV[v.kind].apiKey}
                saved={v.saved !== null}
                version={v.saved?.at.toISOString() ?? "environment"}
              />
            </div>
          </article>
        ))}
      </div>
    </Section>
  );
}
