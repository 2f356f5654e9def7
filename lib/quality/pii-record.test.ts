import { describe, expect, it } from "vitest";
import { recordPiiKinds, redactRecord } from "./pii";

const chat = () => ({
  messages: [
    { role: "system", content: "You are a support agent." },
    { role: "user", content: "I'm Ann, ann@example.com, card 4111 1111 1111 1111.", name: "ann@example.com" },
    {
      role: "assistant",
      content: null,
      tool_calls: [
        {
          id: "call_1",
          type: "function",
          function: { name: "lookup", arguments: '{"email": "ann@example.com", "ip": "10.1.2.3", "limit": 12345678901234567890}' },
        },
      ],
    },
    { role: "tool", tool_call_id: "call_1", content: "Found: phone +44 20 7946 0958" },
    {
      role: "assistant",
      content: [
        { type: "text", text: "Your key is AKIAIOSFODNN7EXAMPLE." },
        { type: "image_url", image_url: { url: "x" } },
      ],
      weight: 1,
    },
  ],
  tools: [{ type: "function", function: { name: "lookup", description: "Contact support@example.com" } }],
});

const preference = () => ({
  input: { messages: [{ role: "user", content: "Reach me at +1 (555) 123-4567" }] },
  preferred_output: [{ role: "assistant", content: "Noted." }],
  non_preferred_output: [{ role: "assistant", content: [{ type: "refusal", refusal: "No. Write to bob@example.org" }] }],
});

describe("recordPiiKinds", () => {
  it("finds kinds in content, text parts, names and tool-call arguments, in the vocabulary's order", () => {
    expect(recordPiiKinds(chat())).toEqual(["email", "phone", "credit_card", "ip_address", "secret"]);
  });

  it("reads every list of a preference record, refusal parts included", () => {
    expect(recordPiiKinds(preference())).toEqual(["email", "phone"]);
  });

  it("does not read tool definitions or other keys", () => {
    const record = { messages: [{ role: "user", content: "hi" }], tools: chat().tools, note: "a@example.com" };
    expect(recordPiiKinds(record)).toEqual([]);
  });

  it("reads arguments that are not valid JSON as they are", () => {
    const record = { messages: [{ role: "assistant", tool_calls: [{ function: { arguments: "{email: ann@example.com" } }] }] };
    expect(recordPiiKinds(record)).toEqual(["email"]);
  });

  it("yields nothing for odd shapes", () => {
    for (const value of [null, 3, "a@example.com", [], { messages: "a@example.com" }, { messages: [null, 1, { content: 5 }] }, { input: 2 }]) {
      expect(recordPiiKinds(value)).toEqual([]);
    }
  });
});

describe("redactRecord", () => {
  it("redacts a chat record in place of each finding and keeps everything else byte for byte", () => {
    const original = chat();
    const { record, counts, changed } = redactRecord(original);
    expect(changed).toBe(true);
    expect(counts).toEqual({ email: 3, credit_card: 1, ip_address: 1, phone: 1, secret: 1 });
    const expected = chat();
    expected.messages[1] = { role: "user", content: "I'm Ann, [EMAIL], card [CREDIT_CARD].", name: "[EMAIL]" };
    expected.messages[2].tool_calls![0].function.arguments = '{"email": "[EMAIL]", "ip": "[IP_ADDRESS]", "limit": 12345678901234567890}';
    expected.messages[3].content = "Found: phone [PHONE]";
    (expected.messages[4].content as { text?: string }[])[0].text = "Your key is [SECRET].";
    expect(JSON.stringify(record)).toBe(JSON.stringify(expected));
    expect(original).toEqual(chat()); // the input is not mutated
  });

  it("shares the parts it did not change with the original", () => {
    const original = chat();
    const { record } = redactRecord(original) as { record: ReturnType<typeof chat> };
    expect(record.messages[0]).toBe(original.messages[0]);
    expect(record.tools).toBe(original.tools);
    expect(record.messages[4].content![1]).toBe(original.messages[4].content![1]);
  });

  it("redacts a preference record, the rejected answer too", () => {
    const { record, counts } = redactRecord(preference());
    expect(record).toEqual({
      input: { messages: [{ role: "user", content: "Reach me at [PHONE]" }] },
      preferred_output: [{ role: "assistant", content: "Noted." }],
      non_preferred_output: [{ role: "assistant", content: [{ type: "refusal", refusal: "No. Write to [EMAIL]" }] }],
    });
    expect(counts).toEqual({ phone: 1, email: 1 });
  });

  it("keeps tool-call arguments valid JSON when a redacted string needs escaping", () => {
    const args = JSON.stringify({ note: 'He said "mail me" at x@example.com\n', nested: [{ to: "y@example.com" }] });
    const record = { messages: [{ role: "assistant", tool_calls: [{ id: "1", type: "function", function: { name: "f", arguments: args } }] }] };
    const redacted = redactRecord(record).record as typeof record;
    expect(JSON.parse(redacted.messages[0].tool_calls[0].function.arguments)).toEqual({
      note: 'He said "mail me" at [EMAIL]\n',
      nested: [{ to: "[EMAIL]" }],
    });
  });

  it("redacts the refusal field and legacy function_call arguments too", () => {
    const record = {
      messages: [{ role: "assistant", content: null, refusal: "Ask a@example.com", function_call: { name: "f", arguments: '{"to":"b@example.com"}' } }],
    };
    expect(redactRecord(record).record).toEqual({
      messages: [{ role: "assistant", content: null, refusal: "Ask [EMAIL]", function_call: { name: "f", arguments: '{"to":"[EMAIL]"}' } }],
    });
  });

  it("leaves arguments that are not valid JSON untouched", () => {
    const record = { messages: [{ role: "assistant", tool_calls: [{ function: { arguments: "{to: x@example.com" } }] }] };
    expect(redactRecord(record)).toEqual({ record, counts: {}, changed: false });
  });

  it("returns the very same object when nothing is found", () => {
    const record = {
      messages: [
        { role: "user", content: "Hello" },
        { role: "assistant", content: [{ type: "text", text: "Hi!" }], weight: 0 },
      ],
    };
    const result = redactRecord(record);
    expect(result.record).toBe(record);
    expect(result.changed).toBe(false);
    expect(result.counts).toEqual({});
  });

  it("passes odd values through", () => {
    for (const value of [null, 7, "a@example.com", [{ content: "a@example.com" }]]) {
      expect(redactRecord(value)).toEqual({ record: value, counts: {}, changed: false });
    }
  });
});
