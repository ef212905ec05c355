import { expect, it } from "vitest";
import { z } from "zod";
import { echoValues, validatedAction } from "./action";

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

it("never echoes passwords or ID numbers", () => {
  const values = echoValues(form({ name: "张三", password: "secret", confirmPassword: "x", idCard: "1", $ACTION_ID_1: "" }));
  expect(values).toEqual({ name: "张三" });
});

it("returns field errors and values, or calls the handler", async () => {
  const calls: unknown[] = [];
  const action = validatedAction({
    schema: z.object({ name: z.string().min(1, "请填写姓名"), password: z.string() }),
    prepare: async () => "ctx",
    handler: async (data, context) => {
      calls.push([data, context]);
      return { status: "success" as const, message: "好" };
    },
  });
  const bad = await action({ status: "idle" }, form({ name: "", password: "p" }));
  expect(bad).toEqual({ status: "error", fieldErrors: { name: ["请填写姓名"] }, values: { name: "" } });
  expect(calls).toEqual([]);
  expect(await action({ status: "idle" }, form({ name: "甲", password: "p" }))).toEqual({ status: "success", message: "好" });
  expect(calls).toEqual([[{ name: "甲", password: "p" }, "ctx"]]);
});
