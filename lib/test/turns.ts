// Builders for the turns test records are made of, so a conversation reads as a line of
// turns and the shapes every module must handle are written once.

/** A plain text turn. */
export const turn = (role: "system" | "user" | "assistant", content: string) => ({ role, content });

/** A user turn of one text part and one image part (replace in the text, skip the image). */
export const textAndImageTurn = (text: string, url: string) => ({
  role: "user" as const,
  content: [
    { type: "text" as const, text },
    { type: "image_url" as const, image_url: { url } },
  ],
});

/** One JSONL line of a two-turn chat: `user` asks, `assistant` answers. */
export const chatLine = (user: string, assistant: string) => JSON.stringify({ messages: [turn("user", user), turn("assistant", assistant)] });
