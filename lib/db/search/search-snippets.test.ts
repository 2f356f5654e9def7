import { afterAll, describe, expect, it } from "vitest";
import { importText } from "../../test/import-helpers";
import { runBackgroundWorkUntilIdle } from "../../test/background-work";
import { closeDb, db } from "../client";
import { listConversations } from "../conversations/list-conversations";
import { ConversationPageSchema } from "../../validation/conversation-filter";
import { MARK_CLOSE, MARK_OPEN, splitMarks } from "../../search/snippet-marks";
import { searchSnippets } from "./search-snippets";
import { scopeOf } from "../../test/test-scope";
import { chatLine } from "../../test/turns";

afterAll(closeDb);

const chat = chatLine;

const marked = (snippet: string | undefined) =>
  snippet
    ? splitMarks(snippet)
        .filter((p) => p.mark)
        .map((p) => p.text)
    : [];

describe("search snippets", () => {
  it("marks the words the search matched, in whichever message they are, prefixes and accents included", async () => {
    const { dataset } = await importText(
      "snippets",
      [
        chat("Where is my parcel?", "Your parcel left the depot this morning."),
        chat("Hello", "To reset your password, open Settings → Security."),
        chat("Café opening hours?", "We open at eight."),
        `{"broken": <b>password</b>`,
      ].join("\n"),
    );
    await runBackgroundWorkUntilIdle();
    const list = async (q: string) =>
      (await listConversations(scopeOf(dataset.id), ConversationPageSchema.parse({ q, sort: "created", dir: "asc" }), { snippets: true })).rows;

    const [reset] = await list("passw reset");
    expect(reset.preview).toBe("Hello");
    expect(marked(reset.snippet)).toEqual(["reset", "password"]);

    expect(marked((await list("cafe"))[0].snippet)).toEqual(["Café"]);
    // An invalid line is searched by its raw text, and its markup stays text.
    const rows = await list("password");
    expect(rows.map((r) => r.kind)).toEqual(["chat", "invalid"]);
    expect(splitMarks(rows[1].snippet!)).toEqual([
      { text: '{"broken": <b>', mark: false },
      { text: "password", mark: true },
      { text: "</b>", mark: false },
    ]);
    // Without the option (the HTTP API) rows carry no snippet.
    const plain = await listConversations(scopeOf(dataset.id), ConversationPageSchema.parse({ q: "parcel" }));
    expect(plain.rows[0].snippet).toBeUndefined();
  });

  it("never lets a message mark words itself, and answers nothing for a search with no words", async () => {
    const { dataset } = await importText("snippets-delimiters", chat(`a ${MARK_OPEN}fake${MARK_CLOSE} mark beside the refund`, "ok"));
    await runBackgroundWorkUntilIdle();
    const [row] = await db().conversation.findMany({ where: { datasetId: dataset.id } });
    expect(marked(searchSnippets(scopeOf(dataset.id), [row.id], "refund").get(row.id))).toEqual(["refund"]);
    expect(marked(searchSnippets(scopeOf(dataset.id), [row.id], 'refund"* (^').get(row.id))).toEqual(["refund"]);
    expect(searchSnippets(scopeOf(dataset.id), [row.id], "?!").size).toBe(0);
    expect(searchSnippets(scopeOf(dataset.id), [], "refund").size).toBe(0);
  });
});
