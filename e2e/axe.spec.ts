import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { NOT_FOUND, publicRoutes, useElderMode } from "./site";

// axe-core (WCAG 2.0/2.1 A and AA) on every public route, in both modes. All routes are
// checked before the test fails, and every violation is listed with its elements.

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function describe(path: string, violations: Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `      ${node.target.join(" ")}\n        ${(node.failureSummary ?? "").replace(/\n/g, "\n        ")}`)
        .join("\n");
      return `  ${path}: [${violation.impact}] ${violation.id} - ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join("\n");
}

// Each mode's routes in two halves (every other route), so the two workers share them.
const HALVES = 2;

for (const mode of ["standard", "elder"] as const) for (let half = 0; half < HALVES; half++) {
  test(`no WCAG 2.1 AA violations on any public route (${mode}, part ${half + 1} of ${HALVES})`, async ({ page, context, request, baseURL, allowConsoleError }) => {
    test.setTimeout(240_000);
    allowConsoleError(/status of 404/); // the 404 pages themselves
    if (mode === "elder") await useElderMode(context, baseURL);
    const all = await publicRoutes(request);
    expect(all.length).toBeGreaterThan(20);
    const routes = all.filter((_, index) => index % HALVES === half);

    const report: string[] = [];
    for (const path of routes) {
      await test.step(path, async () => {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(NOT_FOUND.includes(path) ? 404 : 200);
        if (mode === "elder" && !NOT_FOUND.includes(path)) await expect(page.locator("body > div.elder")).toHaveCount(1);
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        if (violations.length > 0) report.push(describe(path, violations));
      });
    }
    expect(report.length, `axe violations (${mode}):\n${report.join("\n")}`).toBe(0);
  });
}
