// The words, prompts and tools the corpus is built from. Written for this benchmark:
// support, coding and tutoring vocabulary, so lines look like the fine-tuning files
// people bring, with a few accented and non-Latin words so UTF-8 paths are exercised.

const split = (text: string) => text.trim().split(/\s+/);

export const FUNCTION_WORDS = split(`
  the a an and or but if then so because while when where which that this these those
  of to in on at for with from by about into over after before between without under
  is are was were be been being has have had do does did can could should would will
  it its they them their you your we our he she his her not no all any each every some
  more most very also just only than as how what why who
`);

export const CONTENT_WORDS = split(`
  account invoice payment refund order shipment delivery address customer ticket issue
  password login session token browser server database query index table column schema
  migration deploy release build test error warning message request response timeout
  retry cache memory thread process queue worker batch import export file folder upload
  download report chart metric dashboard filter search result page cursor limit offset
  model dataset example prompt answer question review label status approve reject note
  update change version history revision author editor teacher student lesson homework
  fraction equation triangle circle area volume distance speed minute hour week month
  price total discount coupon subscription plan tier seat license renewal cancellation
  recipe kitchen oven flour sugar butter garden plant water soil light season weather
  forecast temperature rain wind travel flight hotel booking passport station museum
  library chapter novel poem summary paragraph sentence grammar translation language
  quick careful simple clear detailed accurate polite friendly short long recent older
  new first second final previous next correct wrong missing broken slow fast safe
  check open close send receive create delete rename move copy merge split compare
  explain describe list count measure estimate calculate convert schedule cancel confirm
  help support suggest recommend verify enable disable install configure restart upgrade
  customer's team's user's café naïve résumé façade Zürich München São Paulo Kraków
  日本語 東京 données привет
`);

export const NAMES = split(`
  Alice Bruno Chen Dalia Emeka Fatima Gustavo Hana Ivan Julia Kofi Lena Mateo Nadia
  Oscar Priya Quentin Rosa Samir Tomás Ulla Viktor Wen Ximena Yusuf Zoë
`);

export const SYSTEM_PROMPTS = [
  "You are a helpful support assistant for an online store. Answer briefly and politely, and ask for the order number when you need it.",
  "You are a patient maths tutor. Explain each step, then give the final answer on its own line.",
  "You are a senior software engineer reviewing code. Point out bugs first, then style, and keep suggestions concrete.",
  "You answer questions about the company's travel policy. If the policy does not cover a case, say so and suggest contacting HR.",
  "You are a concise assistant. Reply in at most three sentences unless the user asks for detail.",
  "Don't make assumptions about what values to plug into functions. Ask for clarification if a request is ambiguous.",
  "You are a cooking assistant. Give quantities in metric units and mention substitutions for common allergies.",
  "You translate the user's text into clear, natural English and explain any idiom you changed.",
  "You are a billing assistant. Never reveal full card numbers; refer to cards by their last four digits.",
  "You help teachers write short quiz questions with one correct answer and three plausible distractors.",
  "You summarise documents for busy managers: first a one-line summary, then at most five bullet points.",
  "You are a friendly assistant for a public library. Help people find books, opening hours and events.",
];

export type ToolSpec = {
  name: string;
  description: string;
  params: Record<string, { type: "string" | "integer"; description: string; values?: readonly string[] }>;
};

export const TOOLS: readonly ToolSpec[] = [
  {
    name: "get_order_status",
    description: "Look up the current status and delivery estimate of an order",
    params: { order_id: { type: "string", description: "The order number, e.g. A-10293" } },
  },
  {
    name: "get_weather_forecast",
    description: "Get the weather forecast for a city for the next few days",
    params: {
      city: { type: "string", description: "City name", values: ["Lisbon", "Zürich", "Kraków", "São Paulo", "Osaka", "Denver"] },
      days: { type: "integer", description: "Number of days, 1 to 7" },
    },
  },
  {
    name: "create_calendar_event",
    description: "Create an event in the user's calendar",
    params: {
      title: { type: "string", description: "Short title of the event" },
      start: { type: "string", description: "Start time in ISO 8601" },
      duration_minutes: { type: "integer", description: "Length of the event in minutes" },
    },
  },
  {
    name: "search_knowledge_base",
    description: "Search the help centre articles and return the best matches",
    params: { query: { type: "string", description: "What to search for" } },
  },
  {
    name: "get_stock_price",
    description: "Get the latest price of a stock by its ticker symbol",
    params: { symbol: { type: "string", description: "Ticker symbol", values: ["AAPL", "MSFT", "NVDA", "SAP", "TSM", "BAC"] } },
  },
];

/** Tool definitions as OpenAI's `tools` array expects them. */
export function toolDefinition(spec: ToolSpec) {
  const properties: Record<string, object> = {};
  for (const [key, p] of Object.entries(spec.params)) {
    properties[key] = p.values ? { type: p.type, description: p.description, enum: p.values } : { type: p.type, description: p.description };
  }
  return {
    type: "function",
    function: {
      name: spec.name,
      description: spec.description,
      parameters: { type: "object", properties, required: Object.keys(spec.params) },
    },
  };
}
