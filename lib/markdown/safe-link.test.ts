import { describe, expect, it } from "vitest";
import { safeLinkUrl } from "./safe-link";

describe("safeLinkUrl", () => {
  it("keeps http, https and mailto addresses", () => {
    for (const url of ["https://example.com/a?b=1#c", "mailto:help@example.com", "#user-content-fn-1"]) expect(safeLinkUrl(url), url).toBe(url);
    expect(safeLinkUrl("HTTP://Example.com")).toBe("http://example.com/");
  });

  it("refuses scripts, data, files, relative paths and disguised schemes", () => {
    for (const url of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      " javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "/api/v1/datasets",
      "../conversations/1",
      "//evil.example.com",
      "https://",
      "",
    ]) {
      expect(safeLinkUrl(url), url).toBeNull();
    }
  });
});
