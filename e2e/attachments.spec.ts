import { expect, test } from "./fixtures";
import { articleWithAttachment } from "./site";

test("an article's attachment downloads as a PDF", async ({ page, request }) => {
  const { path, file } = await articleWithAttachment(request);

  const response = await request.get(file);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename\*=UTF-8''.+\.pdf$/);
  expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  await page.goto(path);
  const link = page.getByRole("region", { name: "附件" }).locator(`a[href="${file}"]`);
  await expect(link).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  expect(await download.failure()).toBeNull();
});

test("unknown attachments answer 404", async ({ request }) => {
  for (const path of ["/files/999999", "/files/abc", "/files/0"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
