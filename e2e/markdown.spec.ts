import { expect, importBody, jsonl, listAll, test } from "./fixtures";

// Message text is read as markdown: headings, lists, code blocks with their language,
// tables; plain text keeps its line breaks, and HTML stays text.

const ANSWER = [
  "## Turning on 2FA",
  "",
  "1. Open **Settings**",
  "2. Choose `Security`",
  "",
  "```bash",
  "tuneset enable-2fa --user me",
  "```",
  "",
  "| Method | Works offline |",
  "| --- | --- |",
  "| App | yes |",
  "",
  "Raw <b>html</b> stays text.",
  "See [the guide](https://example.com/2fa).",
].join("\n");

test("a message's markdown renders as headings, lists, code and tables; plain lines keep their breaks", async ({ page, request, dataset }) => {
  await importBody(
    request,
    dataset.id,
    jsonl([
      {
        messages: [
          { role: "user", content: "line one\nline two" },
          { role: "assistant", content: ANSWER },
        ],
      },
    ]),
  );
  const [row] = await listAll(request, dataset.id);
  await page.goto(`/conversations/${row.id}`);

  const answer = page.getByRole("article", { name: "assistant message 2" });
  await expect(answer.getByRole("heading", { name: "Turning on 2FA", level: 4 })).toBeVisible();
  await expect(answer.getByRole("listitem")).toHaveText(["Open Settings", "Choose Security"]);
  await expect(answer.getByRole("figure", { name: "bash" }).locator("pre")).toHaveText("tuneset enable-2fa --user me");
  await expect(answer.getByRole("table").getByRole("cell")).toHaveText(["App", "yes"]);
  await expect(answer.getByText("Raw <b>html</b> stays text.")).toBeVisible();
  await expect(answer.locator("b")).toHaveCount(0);
  const link = answer.getByRole("link", { name: "the guide" });
  await expect(link).toHaveAttribute("href", "https://example.com/2fa");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");

  const question = page.getByRole("article", { name: "user message 1" }).getByText(/line one/);
  expect(await question.innerText()).toBe("line one\nline two");
});
