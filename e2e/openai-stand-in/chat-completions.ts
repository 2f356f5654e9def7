import { setTimeout as sleep } from "node:timers/promises";
import { modelAnswer } from "./chat-answer";
import { checkLimits, completionBody, promptTokens } from "./chat-completion";
import { findChatModel, type ChatModel } from "./chat-models";
import { azureRateLimited, rateHeaders, rateLimited, type RequestRateLimit } from "./chat-rate-limit";
import { parseChatRequest } from "./chat-request";
import { digest } from "./chat-words";
import type { JobStore } from "./fine-tuning-jobs";
import { randomId } from "./ids";
import { InvalidRequest } from "./openai-errors";
import { json, type Middleware, type Router, type StandInRequest, type StandInResponse } from "./router";
import type { Clock, Timing } from "./timing";

// POST /v1/chat/completions, and Azure's POST /openai/deployments/{deployment}/chat/completions
// where the deployment names the model. Order of checks: the key and any injected
// fault (the guard), the body, the model, its limits, the requests-per-minute limit;
// then the answer after the configured latency.

export type ChatDeps = { jobs: JobStore; now: Clock; timing: Timing; limits: RequestRateLimit };

const azureDeploymentNotFound = (): StandInResponse =>
  json(404, {
    error: {
      code: "DeploymentNotFound",
      message:
        "The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.",
    },
  });

function modelFor(name: string, deps: ChatDeps): ChatModel {
  const lookup = findChatModel(name, deps.jobs);
  if ("found" in lookup) return lookup.found;
  if ("notChat" in lookup) {
    throw new InvalidRequest(
      "This is not a chat model and thus not supported in the v1/chat/completions endpoint. Did you mean to use v1/completions?",
      "model",
      null,
      404,
    );
  }
  throw new InvalidRequest(`The model \`${name}\` does not exist or you do not have access to it.`, null, "model_not_found", 404);
}

async function complete(req: StandInRequest, deps: ChatDeps, deployment: string | null): Promise<StandInResponse> {
  const body = req.json();
  const request = parseChatRequest(body, { modelRequired: deployment === null });
  const name = deployment ?? (request.model as string);
  if (deployment !== null && "unknown" in findChatModel(deployment, deps.jobs)) return azureDeploymentNotFound();
  const model = modelFor(name, deps);
  const prompt = promptTokens(request, model);
  checkLimits(request, model, prompt);
  const rate = deps.limits.take(name);
  if (!rate.ok) return deployment === null ? rateLimited(name, rate.refusal) : azureRateLimited(req.query.get("api-version") ?? "", rate.refusal);
  if (deps.timing.chatMs > 0) await sleep(deps.timing.chatMs);
  const answer = modelAnswer(request, model);
  const key = digest(JSON.stringify(body)).toString("hex");
  const completion = completionBody(request, model, answer, { id: randomId("chatcmpl-", 29), created: Math.floor(deps.now() / 1000), key, prompt });
  return json(200, completion, rateHeaders(rate.state));
}

export function addChatRoutes(router: Router, deps: ChatDeps, guards: { openai: Middleware[]; azure: Middleware[] }) {
  router
    .add("POST", "/v1/chat/completions", (req) => complete(req, deps, null), guards.openai)
    .add("POST", "/openai/deployments/:deployment/chat/completions", (req) => complete(req, deps, req.params.deployment), guards.azure);
}
