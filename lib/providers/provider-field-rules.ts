// The rules each provider field follows, shared by the settings form's schema and the
// reading of the environment. Each returns null when the (trimmed) value is fine, or one
// sentence saying what to type instead; the caller says where the value came from.

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

export function baseURLProblem(value: string): string | null {
  const url = parse(value);
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) return "Use an http(s) address, such as https://llm.example.com/v1.";
  if (url.username || url.password) return "Take the user name and password out of the address; the key has a place of its own.";
  if (url.search || url.hash) return "Give the API's base address alone, without a ?query or #fragment.";
  return null;
}

/** The resource's own address: the SDK adds /openai and the API version itself. */
export function azureEndpointProblem(value: string): string | null {
  const general = baseURLProblem(value);
  if (general) return general.replace("llm.example.com/v1", "my-resource.openai.azure.com");
  const url = new URL(value);
  if (url.protocol !== "https:" && !LOCAL_HOSTS.has(url.hostname)) return "Use the resource's https address, such as https://my-resource.openai.azure.com.";
  if (url.pathname.replace(/\/+$/, "") !== "") {
    return "Give the resource endpoint alone, such as https://my-resource.openai.azure.com, without /openai or a deployment; Tuneset adds the rest.";
  }
  return null;
}

export function apiVersionProblem(value: string): string | null {
  if (!value) return "Give the API version, such as 2024-10-21.";
  return /^[A-Za-z0-9._-]{1,40}$/.test(value) ? null : "Use an API version as Azure writes it, such as 2024-10-21 or 2025-04-01-preview, without spaces.";
}

/** Organization and project IDs. */
export function idProblem(value: string): string | null {
  return /^[\x21-\x7e]{1,200}$/.test(value) ? null : "Use the ID as the provider shows it, without spaces, such as org-… or proj_….";
}

export function apiKeyProblem(value: string): string | null {
  if (/\s/.test(value)) return "The key has spaces or line breaks inside; paste it again as one piece.";
  return /^[\x21-\x7e]{1,4000}$/.test(value) ? null : "The key has characters an API key does not have; paste it again from the provider's page.";
}
