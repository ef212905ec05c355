import { defineConfig, devices } from "@playwright/test";

// End-to-end tests against a production build on a fresh demo database
// (scripts/e2e-server.mjs). Chromium only: Debian's, as no browser can be downloaded here.
// E2E_PORT (default 3100) is passed on to scripts/e2e-server.mjs.
const port = process.env.E2E_PORT || "3100";

export default defineConfig({
  testDir: "e2e",
  // Fails the run when the server's log holds personal data (docs/decisions/0027).
  globalTeardown: "./e2e/global-teardown.ts",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: "list",
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: "pipe",
  },
});
