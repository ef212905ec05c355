import { expect, it } from "vitest";
import { db } from "./client";
import { migrate } from "./migrate";

it("applies each migration once: a second run on a migrated database changes nothing", async () => {
  expect(await migrate(process.env.DATABASE_URL!)).toEqual([]);
  expect(await db.page.count()).toBe(0);
});
