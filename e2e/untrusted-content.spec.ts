import { conversationsTable, expect, importBody, jsonl, listAll, previewLinks, test } from "./fixtures";

// Imported files are untrusted: markup in a message is shown as text and never runs.

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>window.__xss=1</script>";

test("HTML and script in messages render as literal text and run nothing", async ({ page, request, dataset }) => {
  const res = await importBody(
    request,
    dataset.id,
    jsonl([
      {
        messages: [
          { role: "user", content: IMG },
          { role: "assistant", content: SCRIPT },
        ],
      },
      // An invalid line is shown raw, in the table and in the fix form.
      `${IMG} ${SCRIPT}`,
    ]),
  );
  expect(await res.json()).toMatchObject({ imported: 1, invalid: 1 });
  const [chatRow] = await listAll(request, dataset.id, { invalid: "0", sort: "created", dir: "asc" });

  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await page.goto(`/datasets/${dataset.id}`);
  await expect(previewLinks(page)).toHaveText([`${IMG} ${SCRIPT}`, IMG]);
  await expect(conversationsTable(page).getByRole("img")).toHaveCount(0);

  await conversationsTable(page).getByRole("link", { name: IMG, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/conversations/${chatRow.id}`));
  const user = page.getByRole("article", { name: "user message 1" });
  const assistant = page.getByRole("article", { name: "assistant message 2" });
  await expect(user.getByText(IMG, { exact: true })).toBeVisible();
  await expect(assistant.getByText(SCRIPT, { exact: true })).toBeVisible();
  await expect(page.getByRole("img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

  await page.getByRole("link", { name: "Back to table" }).click();
  await conversationsTable(page)
    .getByRole("link", { name: `${IMG} ${SCRIPT}` })
    .click();
  await expect(page.getByRole("textbox", { name: "Raw JSON line" })).toHaveValue(`${IMG} ${SCRIPT}`);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("links in messages go only to web and mail addresses; script links stay text", async ({ page, request, dataset }) => {
  const content = '[run me](javascript:alert(1)) [data](data:text/html,hi) <a href="javascript:alert(2)">raw</a> [mail](mailto:help@example.com)';
  await importBody(
    request,
    dataset.id,
    jsonl([
      {
        messages: [
          { role: "user", content: "Links?" },
          { role: "assistant", content },
        ],
      },
    ]),
  );
  const [row] = await listAll(request, dataset.id);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await page.goto(`/conversations/${row.id}`);
  const answer = page.getByRole("article", { name: "assistant message 2" });
  await expect(answer.getByRole("link")).toHaveCount(1);
  await expect(answer.getByRole("link", { name: "mail" })).toHaveAttribute("href", "mailto:help@example.com");
  await answer.getByText("run me").click();
  await expect(answer.getByText('<a href="javascript:alert(2)">raw</a>')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/conversations/${row.id}$`));
  expect(dialogs).toEqual([]);
});
