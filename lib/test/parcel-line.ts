/**
 * The i-th parcel question and its answer as one JSONL line: the small, valid records the
 * tests that run fine-tunes and evaluations against the provider stand-in import.
 */
export const parcelLine = (i: number) =>
  JSON.stringify({
    messages: [
      { role: "system", content: "You answer parcel questions." },
      { role: "user", content: `Where is parcel ${1000 + i}?` },
      { role: "assistant", content: `Parcel ${1000 + i} arrives in ${(i % 5) + 1} days.` },
    ],
  });
