import { beforeAll, describe, expect, it } from "vitest";
import { detectLanguage, languageName, loadLanguageDetector, recordLanguage } from "./language";
import { expectMapping } from "../test/expect-mapping";

beforeAll(loadLanguageDetector);

const SAMPLES = {
  en: "Can you explain how photosynthesis works in plants? I have a biology exam tomorrow morning.",
  fr: "Bonjour, pouvez-vous m'aider à écrire une lettre de motivation pour un poste d'ingénieur ?",
  de: "Kannst du mir bitte erklären, wie ich meine Steuererklärung richtig ausfülle?",
  es: "¿Puedes ayudarme a escribir un correo electrónico para mi jefe sobre las vacaciones?",
  zh: "请帮我写一封求职信，我想申请软件工程师的职位。",
  ja: "東京で一番おいしいラーメン屋さんを教えてください。",
};

describe("detectLanguage", () => {
  it.each(Object.entries(SAMPLES))("recognises %s", (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it("tells short chat in close languages apart", () => {
    expect(detectLanguage("My laptop battery drains very fast even when it is idle. How can I fix it?")).toBe("en");
    expect(detectLanguage("Mijn laptop batterij loopt erg snel leeg, zelfs als hij niets doet. Hoe los ik dat op?")).toBe("nl");
    expect(detectLanguage("Hi, how do I reset my password?")).toBe("en");
  });

  it("leaves text too short to judge undetermined", () => {
    expect(detectLanguage("Hello there!")).toBe("und"); // 10 letters
    expect(detectLanguage("")).toBe("und");
    expect(detectLanguage(42 as unknown as string)).toBe("und");
  });

  it("leaves code, JSON and numbers undetermined", () => {
    expect(detectLanguage("```python\ndef total(items):\n    return sum(i.price * i.count for i in items)\n```")).toBe("und");
    expect(detectLanguage('{"name": "John", "age": 30, "city": "New York", "tags": ["a", "b"], "nested": {"key": "value", "n": 12}}')).toBe("und");
    expect(detectLanguage("| 2024-01-15 | 1,234.56 | 98.7% |\n| 2024-01-16 | 2,345.67 | 99.1% |")).toBe("und");
  });

  it("judges the prose around a code block by the prose", () => {
    const text = `${SAMPLES.fr} Voici le code :\n\`\`\`js\nconst letter = await generateLetter({ role: "engineer", company: "Acme" });\nconsole.log(letter);\n\`\`\``;
    expect(detectLanguage(text)).toBe("fr");
  });
});

describe("recordLanguage", () => {
  it("reads user and assistant text, not the system prompt", () => {
    const record = {
      messages: [
        { role: "system", content: "You are a helpful assistant. Always answer politely, briefly and accurately in the user's language." },
        { role: "user", content: "Kannst du mir bitte erklären, wie ich meine Steuererklärung ausfülle?" },
        { role: "assistant", content: [{ type: "text", text: "Gern! Zuerst brauchst du deine Lohnsteuerbescheinigung und die Belege." }] },
      ],
    };
    expect(recordLanguage(record)).toBe("de");
  });

  it("reads the input and the preferred answer of a preference record", () => {
    const record = {
      input: { messages: [{ role: "user", content: SAMPLES.es }] },
      preferred_output: [{ role: "assistant", content: "Claro, aquí tienes un borrador del correo para tu jefe." }],
      non_preferred_output: [{ role: "assistant", content: "Sure, here is an English draft of the e-mail for your manager, as requested." }],
    };
    expect(recordLanguage(record)).toBe("es");
  });

  it("does not let one long paste fill the whole sample", () => {
    const paste = "```\n" + "x = compute(y, z)\n".repeat(200) + "```";
    const record = {
      messages: [
        { role: "user", content: paste },
        { role: "assistant", content: SAMPLES.fr },
      ],
    };
    expect(recordLanguage(record)).toBe("fr");
  });

  it("is undetermined when there is nothing to read", () => {
    expect(
      recordLanguage({
        messages: [
          { role: "system", content: SAMPLES.en },
          { role: "user", content: "Hi" },
        ],
      }),
    ).toBe("und");
    for (const value of [null, "text", [], { messages: 3 }]) expect(recordLanguage(value)).toBe("und");
  });
});

describe("languageName", () => {
  it("names languages in English, with the code as fallback", () => {
    expectMapping(languageName, { fr: "French", de: "German", fil: "Filipino", und: "Undetermined", "not a code": "not a code" });
  });
});
