import { describe, expect, it } from "vitest";
import { keyHint, maskKey, shownHint } from "./provider-keys";

describe("provider keys as an admin sees them", () => {
  it("show only the last four characters", () => {
    expect(maskKey("sk-proj-abcdefghijklmnop1234")).toBe("…1234");
    expect(keyHint("sk-proj-abcdefghijklmnop1234")).toBe("1234");
    expect(shownHint("1234")).toBe("…1234");
  });

  it("show nothing of a key too short to spare four characters", () => {
    expect(maskKey("short")).toBe("…");
    expect(keyHint("12345678")).toBeNull();
    expect(shownHint(null)).toBe("…");
  });
});
