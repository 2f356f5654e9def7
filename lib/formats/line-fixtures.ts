// Small lines for the parse-line tests (valid ones and rejected ones alike): a user
// turn, an assistant reply, a tool call, and a chat line made of messages.

export const user = (content: unknown = "What is 2+2?") => ({ role: "user", content });
export const reply = (extra: object = {}) => ({ role: "assistant", content: "4", ...extra });
export const chat = (...messages: unknown[]) => JSON.stringify({ messages });
export const call = (args: unknown = '{"x":1}') => ({
  id: "call_1",
  type: "function",
  function: { name: "add", arguments: args },
});
