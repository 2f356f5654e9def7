import type { APIRequestContext, Page } from "@playwright/test";
import { approve, createDataset, expect, importBody, listAll, parcelLines, test, type Dataset } from "./fixtures";

// The whole loop against the local stand-in of the provider: fine-tune on a snapshot
// with a validation split, evaluate the fine-tune against its base model on that
// split, judge five pairs blind with the keyboard, read the report, and send an
// example the fine-tune lost back to the training data, where it waits for review.

const LINES = parcelLines(50, 7000, 17);

async function fineTuned(request: APIRequestContext, dataset: Dataset) {
  const imported = await importBody(request, dataset.id, LINES.join("\n") + "\n", "parcels.jsonl");
  expect(imported.status(), await imported.text()).toBe(200);
  await approve(request, dataset.id);
  const launched = await request.post("/api/v1/fine-tunes", {
    data: { dataset_id: dataset.id, snapshot: { validation: "0.12", seed: "3" }, model: "gpt-4o-mini-2024-07-18", suffix: "eval-loop" },
  });
  expect(launched.status(), await launched.text()).toBe(202);
  const { job } = (await launched.json()) as { job: { id: string } };
  await expect
    .poll(async () => ((await (await request.get(`/api/v1/fine-tunes/${job.id}`)).json()) as { status: string }).status, { timeout: 45_000 })
    .toBe("succeeded");
  return job.id;
}

type Side = { answer: { content: string | null } | null };
type ExampleView = { exampleId: number; position: number; a: Side; b: Side };
type Queue = { pair: { exampleId: number; left: { content: string | null } } | null };

/** Which side of the screen shows model A for the pair the queue serves next (the page shows the same pair). */
async function aIsLeft(request: APIRequestContext, evalId: string, examples: ExampleView[]): Promise<boolean> {
  const queue = (await (await request.get(`/api/v1/evals/${evalId}/queue`)).json()) as Queue;
  const pair = queue.pair!;
  const example = examples.find((e) => e.exampleId === pair.exampleId)!;
  expect(example.a.answer!.content).not.toBe(example.b.answer!.content);
  return pair.left.content === example.a.answer!.content;
}

async function startFromFineTune(page: Page, jobId: string) {
  await page.goto(`/fine-tunes/${jobId}`);
  await page.getByRole("link", { name: "Evaluate…" }).click();
  await expect(page).toHaveURL(/\/evals\/new\?fineTune=/);
  await expect(page.getByLabel("Model A (baseline)")).toHaveValue("gpt-4o-mini-2024-07-18");
  await expect(page.getByLabel("Model B (candidate)")).toHaveValue(/^ft:gpt-4o-mini-2024-07-18:stand-in:eval-loop:/);
  await page.getByRole("button", { name: "Estimate cost" }).click();
  await expect(page.getByTestId("eval-destination")).toContainText("This sends 6 prompts", { timeout: 15_000 });
  await page.getByRole("button", { name: "Start evaluation" }).click();
  await expect(page).toHaveURL(/\/evals\/[^/?]+$/);
  return page.url().split("/").pop()!;
}

test("a lead evaluates a fine-tune, annotators judge blind, and a losing example goes back for review", async ({ page, request, dataset }) => {
  const jobId = await fineTuned(request, dataset);
  const evalId = await startFromFineTune(page, jobId);

  // The run goes on in the server; the report follows it to the end.
  await expect(page.getByRole("heading", { level: 1 }).getByText("Completed", { exact: true })).toBeVisible({ timeout: 30_000 });
  const scores = page.getByRole("table", { name: "Automatic scores" });
  await expect(scores.getByRole("row", { name: /^Token F1/ })).toContainText("n=6");
  await expect(scores.getByRole("row", { name: /^Exact match/ })).toContainText(/%.*–.*%/);

  // Five pairs, judged blind from the keyboard: model A wins the first two, B the rest.
  const examples = ((await (await request.get(`/api/v1/evals/${evalId}/examples?view=all`)).json()) as { items: ExampleView[] }).items;
  expect(examples).toHaveLength(6);
  await page.getByRole("link", { name: "Judge blind" }).click();
  await expect(page).toHaveURL(new RegExp(`/evals/${evalId}/judge$`));
  await expect(page.getByText(/gpt-4o-mini|ft:/)).toHaveCount(0);
  for (let i = 0; i < 5; i++) {
    await expect(page.getByRole("region", { name: "Answer 1" })).toBeVisible();
    const left = await aIsLeft(request, evalId, examples);
    const aWins = i < 2;
    if (i === 1) {
      await page.keyboard.press("n");
      await page.getByRole("textbox", { name: "Note" }).fill("Misses the delivery estimate.");
      await page.keyboard.press("Escape");
    }
    await page.keyboard.press(aWins === left ? "1" : "2");
    await expect(page.getByText(`You judged ${i + 1}`)).toBeVisible();
  }

  await page.goto(`/evals/${evalId}`);
  const wins = page.getByRole("table", { name: "Win rates" });
  await expect(wins.getByRole("row", { name: /^Annotators \(blind\)/ })).toContainText("5 votes on 5 pairs");
  await expect(wins.getByRole("row", { name: /^Annotators \(blind\)/ })).toContainText("40.0%");
  await expect(page.getByRole("link", { name: "Where B lost (2)" })).toBeVisible();
  await expect(page.getByText("Note: Misses the delivery estimate.")).toBeVisible();

  // One click sends the first loss back; the record waits in the training dataset.
  const first = page.getByRole("article", { name: /^Example \d+$/ }).first();
  const position = Number((await first.getAttribute("aria-label"))!.replace(/\D/g, ""));
  await first.getByRole("button", { name: /^Send example \d+ back for review$/ }).click();
  const sent = first.getByRole("link", { name: /^record #\d+$/ });
  await expect(sent).toBeVisible();
  const recordId = (await sent.textContent())!.replace(/\D/g, "");
  await sent.click();
  await expect(page).toHaveURL(new RegExp(`/conversations/${recordId}`));
  await expect(page.getByText("Needs changes").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Sent back from an evaluation it lost" })).toBeVisible();

  const waiting = await listAll(request, dataset.id, { status: "needs_changes" });
  expect(waiting.map((r) => r.id)).toEqual([recordId]);

  // Sending the same example again finds the same record.
  const exampleId = examples.find((e) => e.position === position)!.exampleId;
  const again = await request.post(`/api/v1/evals/${evalId}/examples/${exampleId}/send-back`);
  expect(again.status()).toBe(200);
  expect(((await again.json()) as { conversationId: number }).conversationId).toBe(Number(recordId));
});

test("a held-out dataset is evaluated through the API, cancelled and resumed, and refused until it is marked", async ({
  page,
  request,
  dataset,
  uniqueName,
}) => {
  const heldOut = await createDataset(request, uniqueName("held out"));
  const imported = await importBody(request, heldOut.id, LINES.slice(0, 12).join("\n") + "\n", "held-out.jsonl");
  expect(imported.status(), await imported.text()).toBe(200);
  const body = {
    source: { kind: "dataset", datasetId: heldOut.id, filter: { status: "all" } },
    trainingDatasetId: dataset.id,
    modelA: "gpt-4o-mini-2024-07-18",
    modelB: "gpt-4.1-mini-2025-04-14",
    judgeModel: "gpt-4.1-2025-04-14",
    concurrency: 1,
  };
  const refused = await request.post("/api/v1/evals/preview", { data: body });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toContain("is not marked for evaluation");

  // A lead marks it in the dataset's settings.
  await page.goto(`/datasets/${heldOut.id}/settings`);
  const section = page.getByRole("region", { name: "Evaluation" });
  await section.getByRole("checkbox", { name: /^Held out for evaluation/ }).check();
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByText("Saved: evaluations can now use this dataset.")).toBeVisible();

  // Its table offers to evaluate the current filter, and no longer to fine-tune on its approved records.
  await approve(request, heldOut.id);
  await page.goto(`/datasets/${heldOut.id}?q=depot`);
  await expect(page.getByRole("link", { name: "Fine-tune approved…" })).toHaveCount(0);
  await page.getByRole("link", { name: "Evaluate…" }).click();
  await expect(page.getByLabel("Evaluation dataset")).toHaveValue(heldOut.id);
  await expect(page.getByText("Only records of the table's filter: containing “depot”.")).toBeVisible();

  const preview = (await (await request.post("/api/v1/evals/preview", { data: body })).json()) as { examples: number; estimate: { calls: number } };
  expect(preview).toMatchObject({ examples: 12, estimate: { calls: 48 } });
  const started = await request.post("/api/v1/evals", { data: body });
  expect(started.status(), await started.text()).toBe(202);
  const id = ((await started.json()) as { eval: { id: string } }).eval.id;

  const cancelled = await request.post(`/api/v1/evals/${id}/cancel`);
  expect(((await cancelled.json()) as { eval: { status: string } }).eval.status).toBe("cancelled");
  const resumed = await request.post(`/api/v1/evals/${id}/resume`);
  expect(resumed.status(), await resumed.text()).toBe(200);
  type Report = {
    eval: { status: string; answers: number; failed: number };
    scores: { judge: { judged: number } | null; scores: { b: { f1: { n: number } } } };
  };
  await expect.poll(async () => ((await (await request.get(`/api/v1/evals/${id}`)).json()) as Report).eval.status, { timeout: 45_000 }).toBe("completed");
  const report = (await (await request.get(`/api/v1/evals/${id}`)).json()) as Report;
  expect(report.eval).toMatchObject({ answers: 24, failed: 0 });
  expect(report.scores.judge?.judged).toBe(12);
  expect(report.scores.scores.b.f1.n).toBe(12);

  // The report says where losing examples go: the training dataset named.
  await page.goto(`/evals/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("gpt-4.1-mini-2025-04-14 vs gpt-4o-mini-2024-07-18");
  await expect(page.getByRole("link", { name: dataset.name })).toBeVisible();
  await expect(page.getByRole("table", { name: "Win rates" }).getByRole("row", { name: /^LLM judge/ })).toContainText("n=12");
});
