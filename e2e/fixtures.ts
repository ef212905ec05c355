import { test as base, expect } from "@playwright/test";

// Every test fails on a browser console error or an uncaught page error it did not expect
// (GOV.UK-level strictness). A test that provokes one on purpose, e.g. by loading a 404 page,
// declares it with allowConsoleError(/pattern/).

interface BrowserErrors {
  errors: string[];
  allowed: RegExp[];
}

export const test = base.extend<{
  browserErrors: BrowserErrors;
  allowConsoleError: (pattern: RegExp) => void;
}>({
  browserErrors: [
    async ({ context }, use) => {
      const watched: BrowserErrors = { errors: [], allowed: [] };
      context.on("console", (message) => {
        if (message.type() !== "error") return;
        const { url, lineNumber } = message.location();
        watched.errors.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ""}`);
      });
      context.on("weberror", (error) => {
        watched.errors.push(`page error: ${error.error().stack ?? error.error().message} (${error.page()?.url() ?? "?"})`);
      });
      await use(watched);
      const unexpected = watched.errors.filter((error) => !watched.allowed.some((pattern) => pattern.test(error)));
      expect(unexpected, "unexpected browser console or page errors").toEqual([]);
    },
    { auto: true },
  ],
  allowConsoleError: async ({ browserErrors }, use) => {
    await use((pattern) => browserErrors.allowed.push(pattern));
  },
});

export { expect };
