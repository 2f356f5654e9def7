import OpenAI, { toFile } from "openai";

// Small fine-tuning files for the stand-in's tests, in each shape the provider takes.

export const chatExample = (i: number) => ({
  messages: [
    { role: "system", content: "You answer in one short sentence." },
    { role: "user", content: `What is ${i} + ${i}?` },
    { role: "assistant", content: `It is ${2 * i}.` },
  ],
});

export const preferenceExample = (i: number) => ({
  input: { messages: [{ role: "user", content: `Say hello to guest ${i}.` }] },
  preferred_output: [{ role: "assistant", content: `Hello, guest ${i}!` }],
  non_preferred_output: [{ role: "assistant", content: "Whatever." }],
});

export const completionExample = (i: number) => ({ prompt: `${i} + ${i} =`, completion: ` ${2 * i}` });

export const jsonl = (make: (i: number) => unknown, n: number) => Array.from({ length: n }, (_, i) => JSON.stringify(make(i + 1))).join("\n") + "\n";

/** Uploads as Tuneset does: the SDK's files.create with a .jsonl file for fine-tuning. */
export async function upload(client: OpenAI, text: string, name = "train.jsonl", purpose: OpenAI.FilePurpose = "fine-tune") {
  return client.files.create({ file: await toFile(Buffer.from(text), name), purpose });
}

/** The error a request was refused with. */
export async function refusal(request: Promise<unknown>): Promise<InstanceType<typeof OpenAI.APIError>> {
  try {
    await request;
  } catch (e) {
    if (e instanceof OpenAI.APIError) return e;
    throw e;
  }
  throw new Error("The request was accepted.");
}

/** A raw chat completion request, for bodies the SDK would not send as they are. */
export const postChat = (base: string, key: string, body: unknown) =>
  fetch(`${base}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
  });

export const weatherTool = {
  type: "function",
  function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } },
};
