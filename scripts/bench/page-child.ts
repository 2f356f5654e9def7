import { approveThirtyPercent, benchTablePage } from "./page-bench";
import { reportToParent } from "./child-process";

// The table-page figures on the large database, in a process of their own because the
// lib opens one database per process. Run by index.ts as: page-child.ts DATASET_ID LABEL

async function main() {
  const [datasetId, label] = process.argv.slice(2);
  if (!datasetId || !label) throw new Error("usage: page-child.ts DATASET_ID LABEL");
  approveThirtyPercent(datasetId);
  reportToParent(await benchTablePage(datasetId, label));
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
