import { E2E_PROVIDER_KEY, OPENAI_STAND_IN } from "../admin-state";
import { faultFromEnv } from "./faults";
import { createStandIn } from "./server";

// `npx tsx e2e/openai-stand-in/main.ts`: the stand-in on the e2e port scheme (the app's
// port + 200), accepting the e2e provider key. STAND_IN_PORT, STAND_IN_API_KEY and
// STAND_IN_FAULT (e.g. 429) override, for demos.

const port = Number(process.env.STAND_IN_PORT ?? OPENAI_STAND_IN.port);
const standIn = createStandIn({ apiKey: process.env.STAND_IN_API_KEY ?? E2E_PROVIDER_KEY, fault: faultFromEnv(process.env.STAND_IN_FAULT) });
standIn.listen(port).then((base) => console.log(`OpenAI stand-in on ${base}`));
