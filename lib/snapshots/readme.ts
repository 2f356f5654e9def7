import type { ConversionNotes } from "./open-source-format";
import type { SnapshotManifest } from "./manifest";

// The README that travels with the open-source download: what format the files are
// in, how to load them with 🤗 datasets / TRL and with Axolotl, how many examples each
// file holds, what the conversion changed, and which snapshot (and which OpenAI files,
// by SHA-256) they came from.

export type ReadmeInput = {
  manifest: SnapshotManifest;
  /** The converted files, in the order they sit in the archive. */
  files: { name: string; records: number }[];
  notes: ConversionNotes;
};

const n = (x: number) => x.toLocaleString("en-US");
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

export function openSourceReadme({ manifest: m, files, notes }: ReadmeInput): string {
  const preference = m.snapshot.kind === "preference";
  const validation = files.find((f) => f.name === "validation.jsonl");
  const dataFiles = `{"train": "train.jsonl"${validation ? ', "validation": "validation.jsonl"' : ""}}`;
  return [
    `# ${m.dataset.name}: snapshot ${m.snapshot.number}, open-source chat format`,
    "",
    `Written by Tuneset ${m.app.version} from snapshot #${m.snapshot.number} of “${m.dataset.name}”, made ${m.createdAt} by ${m.createdBy.name || m.createdBy.email}.`,
    "",
    "## Format",
    "",
    preference
      ? "Preference pairs as JSON Lines, one pair per line, in the conversational preference format of Hugging Face TRL (`DPOTrainer`): `prompt` is the conversation so far, `chosen` and `rejected` are the preferred and the other answer, each a list of messages. Axolotl reads it with `type: chat_template.default`."
      : "Conversations as JSON Lines, one example per line, in the conversational format of Hugging Face TRL (`SFTTrainer`) and of Axolotl's `type: chat_template`: a `messages` list of `{role, content}` rendered through the model's own chat template.",
    "",
    "```json",
    preference
      ? '{"prompt": [{"role": "user", "content": "…"}], "chosen": [{"role": "assistant", "content": "…"}], "rejected": [{"role": "assistant", "content": "…"}]}'
      : '{"messages": [{"role": "system", "content": "…"}, {"role": "user", "content": "…"}, {"role": "assistant", "content": "…"}]}',
    "```",
    "",
    'Content is always a string. Tool calls are `{"type": "function", "function": {"name", "arguments"}}` with the arguments as a JSON object, tool results are `role: "tool"` messages (with the `name` of the function they answer), and tool definitions stay in a top-level `tools` list, as Hugging Face chat templates expect.',
    "",
    "## Files",
    "",
    "| file | examples |",
    "| --- | ---: |",
    ...files.map((f) => `| ${f.name} | ${n(f.records)} |`),
    "",
    ...splitLines(m),
    "## Load it",
    "",
    "With 🤗 datasets and TRL:",
    "",
    "```python",
    "from datasets import load_dataset",
    preference ? "from trl import DPOConfig, DPOTrainer" : "from trl import SFTConfig, SFTTrainer",
    "",
    `data = load_dataset("json", data_files=${dataFiles})`,
    preference
      ? `trainer = DPOTrainer(model="<base model>", args=DPOConfig(output_dir="out"), train_dataset=data["train"]${validation ? ', eval_dataset=data["validation"]' : ""})`
      : `trainer = SFTTrainer(model="<base model>", args=SFTConfig(output_dir="out"), train_dataset=data["train"]${validation ? ', eval_dataset=data["validation"]' : ""})`,
    "trainer.train()",
    "```",
    "",
    "With Axolotl (in the training config):",
    "",
    "```yaml",
    ...(preference ? axolotlPreference(!!validation) : axolotlChat(!!validation)),
    "```",
    "",
    "## What the conversion changed",
    "",
    ...changes(m, notes).map((c) => `- ${c}`),
    "",
    "## Where it came from",
    "",
    `The snapshot's OpenAI-format files (Tuneset keeps them unchanged; \`sha256sum\` checks them):`,
    "",
    ...m.files.map((f) => `- \`${f.name}\`: ${plural(f.records, "example")}, SHA-256 \`${f.sha256}\``),
    "",
  ].join("\n");
}

function splitLines(m: SnapshotManifest): string[] {
  if (!m.split) return ["No validation split: every example is in train.jsonl.", ""];
  const grouping =
    m.split.groupedBy.kind === "clusters" ? "near-duplicate clusters kept on one side" : "no near-duplicate grouping (de-duplication had not run)";
  return [
    `Split ${n(m.split.train)} / ${n(m.split.validation)} with seed ${m.split.seed} (validation fraction ${m.split.validationFraction}), stratified by label set, ${grouping}.`,
    "",
  ];
}

/** One entry of an Axolotl datasets list: a local JSON Lines file and how to read it. */
const axolotlEntry = (path: string, fields: string[]) => [`  - path: ${path}`, "    ds_type: json", ...fields.map((f) => `    ${f}`)];

function axolotlChat(validation: boolean): string[] {
  const entry = (path: string) =>
    axolotlEntry(path, ["type: chat_template", "field_messages: messages", "message_property_mappings:", "  role: role", "  content: content"]);
  return ["datasets:", ...entry("train.jsonl"), ...(validation ? ["test_datasets:", ...entry("validation.jsonl"), "    split: train"] : [])];
}

function axolotlPreference(validation: boolean): string[] {
  const entry = (path: string) =>
    axolotlEntry(path, ["split: train", "type: chat_template.default", "field_messages: prompt", "field_chosen: chosen", "field_rejected: rejected"]);
  return ["rl: dpo", "datasets:", ...entry("train.jsonl"), ...(validation ? ["test_datasets:", ...entry("validation.jsonl")] : [])];
}

function changes(m: SnapshotManifest, x: ConversionNotes): string[] {
  const out: string[] = [];
  if (x.untrainedTurns) {
    out.push(
      `${plural(x.untrainedTurns, "assistant turn")} had \`weight: 0\` (OpenAI does not train on ${x.untrainedTurns === 1 ? "it" : "them"}). These formats have no per-turn weight, so trainers that learn from every assistant turn will learn ${x.untrainedTurns === 1 ? "it" : "them"} too.`,
    );
  }
  if (x.weightsDropped) out.push(`\`weight\` was removed from ${plural(x.weightsDropped, "message")}.`);
  if (x.toolCalls)
    out.push(`${plural(x.toolCalls, "tool call")} now carry ${x.toolCalls === 1 ? "its" : "their"} arguments as a JSON object instead of JSON text.`);
  if (x.argumentsKeptAsText) out.push(`${plural(x.argumentsKeptAsText, "tool call")} had arguments that are not a JSON object; they stay text.`);
  if (x.partsJoined) out.push(`${plural(x.partsJoined, "message")} had content as a list of parts; the text parts are joined with a newline.`);
  if (x.imagePartsDropped)
    out.push(`${plural(x.imagePartsDropped, "image part")} ${x.imagePartsDropped === 1 ? "was" : "were"} left out (the files hold text only).`);
  if (x.refusalsAsContent) out.push(`${plural(x.refusalsAsContent, "refusal")} became the assistant message's content.`);
  if (x.developerAsSystem) out.push(`${plural(x.developerAsSystem, "developer message")} became system messages.`);
  if (x.legacyFunctions) out.push(`${plural(x.legacyFunctions, "legacy function call or definition")} became tool calls, tool results or tools.`);
  if (x.namesDropped) out.push(`\`name\` was removed from ${plural(x.namesDropped, "message")} (chat templates do not read it).`);
  if (x.parallelToolCallsDropped) out.push(`\`parallel_tool_calls\` was removed from ${plural(x.parallelToolCallsDropped, "example")}.`);
  const sp = m.systemPrompt;
  if (sp.mode === "drop")
    out.push("The snapshot dropped every example's system prompt (baked into the model): leave it out of requests to the tuned model too.");
  if (sp.mode === "replace")
    out.push(`The snapshot replaced every example's system prompt with: “${sp.replacement ?? ""}”. Send the same one to the tuned model.`);
  if (!out.length) out.push("Nothing beyond the shape: the same examples, in the same order, with the same text.");
  else out.push("Otherwise the examples are the snapshot's: the same ones, in the same order, with the same text.");
  return out;
}
