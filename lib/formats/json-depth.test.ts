import { describe, expect, it } from "vitest";
import { bodyPath, findDeepNesting, findDeepValue, jsonSizeExceeds, MAX_JSON_DEPTH } from "./json-depth";

const nested = (depth: number, open = "[", close = "]") => open.repeat(depth) + close.repeat(depth);
const objects = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);

describe("findDeepNesting", () => {
  it("accepts exactly the limit and refuses one level more", () => {
    expect(findDeepNesting(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(findDeepNesting(nested(MAX_JSON_DEPTH + 1))).toEqual({ path: "[0][0][0][0][0][0][0][0]…", limit: MAX_JSON_DEPTH });
    expect(findDeepNesting(nested(5), 4)).toEqual({ path: "[0][0][0][0]", limit: 4 });
    expect(findDeepNesting(nested(4), 4)).toBeNull();
  });

  it("names the keys and indexes on the way down, as format errors do", () => {
    const line = `{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":${nested(10)}}]}`;
    expect(findDeepNesting(line, 5)?.path).toBe("messages[1].content[0][0]");
    expect(findDeepNesting(`{"odd key":{"b":${objects(3)}}}`, 3)?.path).toBe('["odd key"].b.a');
    expect(findDeepNesting(`{"x":1,"y":{"z":[1,2,{"w":[[]]}]}}`, 4)?.path).toBe("y.z[2].w");
    expect(findDeepNesting(`{"k\\"ey":${objects(2)}}`, 2)?.path).toBe('["k\\"ey"].a');
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    const text = `{"a":"${"[{".repeat(200)}","b":"\\"[[[[[\\\\","c":"\\\\"}`;
    expect(JSON.parse(text)).toBeTruthy();
    expect(findDeepNesting(text, 3)).toBeNull();
    expect(findDeepNesting(`{"s":"\\\\\\"]]]]","t":[[[[1]]]]}`, 3)?.path).toBe("t[0][0]");
  });

  it("finds 100,000 levels without recursing, and leaves broken JSON to the parser", () => {
    const found = findDeepNesting(objects(100_000));
    expect(found?.path).toBe("a.a.a.a.a.a.a.a…");
    expect(findDeepNesting('{"a": "unterminated')).toBeNull();
    expect(findDeepNesting("]]]][[")).toBeNull();
    expect(findDeepNesting("")).toBeNull();
  });
});

describe("findDeepValue", () => {
  it("bounds parsed values the same way, with the same path", () => {
    expect(findDeepValue(JSON.parse(nested(MAX_JSON_DEPTH)))).toBeNull();
    expect(findDeepValue(JSON.parse(objects(MAX_JSON_DEPTH + 1)))?.path).toBe("a.a.a.a.a.a.a.a…");
    const value = { x: 1, y: { z: [1, 2, { w: [[]] }] } };
    expect(findDeepValue(value, 4)?.path).toBe(findDeepNesting(JSON.stringify(value), 4)?.path);
    expect(findDeepValue("text")).toBeNull();
  });

  it("walks 100,000 levels without recursing", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findDeepValue({ messages: deep })?.path).toBe("messages[0][0][0][0][0][0][0]…");
  });
});

describe("jsonSizeExceeds", () => {
  it("measures about what JSON.stringify writes", () => {
    const value = { messages: [{ role: "user", content: "x".repeat(1000) }], n: [1, 2, 3] };
    const written = JSON.stringify(value).length;
    expect(jsonSizeExceeds(value, written * 2)).toBe(false);
    expect(jsonSizeExceeds(value, written / 2)).toBe(true);
  });

  it("stops at once on a small value that shares one object in many places", () => {
    let shared: unknown = "x".repeat(100);
    for (let i = 0; i < 60; i++) shared = [shared, shared];
    expect(jsonSizeExceeds(shared, 1_000_000)).toBe(true);
  });
});

describe("bodyPath", () => {
  it("writes a place in a request body from its root", () => {
    expect(bodyPath("")).toBe("$");
    expect(bodyPath("a.b")).toBe("$.a.b");
    expect(bodyPath("[0].a")).toBe("$[0].a");
  });
});
