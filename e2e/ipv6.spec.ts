import { expect, test } from "./fixtures";

// The server listens on [::] ("网站支持IPv6" in the footer): IPv6 and IPv4 loopback both answer.

const port = process.env.E2E_PORT || "3100";

for (const origin of [`http://[::1]:${port}`, `http://127.0.0.1:${port}`]) {
  test(`home page over ${origin}`, async ({ request }) => {
    const response = await request.get(`${origin}/`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("网站支持IPv6");
  });
}
