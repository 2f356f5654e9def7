import type { Page, TestInfo } from "@playwright/test";

/** The two window sizes every page is looked at in: a common laptop and a small one. */
export const SCREEN_SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

/** Saves `name-1440.png` and `name-1280.png` as the test's artefacts. */
export async function screenshotAtBothSizes(page: Page, testInfo: TestInfo, name: string, fullPage = false) {
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}.png`), fullPage });
  }
}
