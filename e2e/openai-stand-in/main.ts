import { E2E_PROVIDER_KEY, OPENAI_STAND_IN } from "../admin-state";
import { chatRpmFromEnv } from "./chat-rate-limit";
import { faultFromEnv } from "./faults";
import { createStandIn } from "./server";
import { timingFromEnv } from "./timing";

// `npx tsx e2e/openai-stand-in/main.ts`: the stand-in on the e2e port scheme (the app's
// port + 200), accepting the e2e provider key. STAND_IN_PORT, STAND_IN_API_KEY and
// STAND_IN_FAULT (e.g. 429) override, for demos; STAND_IN_FILE_PROCESSING_MS,
// STAND_IN_VALIDATING_MS, STAND_IN_QUEUED_MS, STAND_IN_RUNNING_MS and
// STAND_IN_METRICS_EVENTS slow a fine-tuning job down (or speed it up) for a demo;
// STAND_IN_CHAT_MS sets a chat completion's latency and STAND_IN_CHAT_RPM limits chat
// requests per minute per model.

const port = Number(process.env.STAND_IN_PORT ?? OPENAI_STAND_IN.port);
const standIn = createStandIn({
  apiKey: process.env.STAND_IN_API_KEY ?? E2E_PROVIDER_KEY,
  fault: faultFromEnv(process.env.STAND_IN_FAULT),
  timing: timingFromEnv(process.env),
  chatRpm: chatRpmFromEnv(process.env.STAND_IN_CHAT_RPM),
});
standIn.listen(port).then((base) => console.log(`OpenAI stand-in on ${base} (Azure OpenAI: endpoint ${base.replace(/\/v1$/, "")})`));
