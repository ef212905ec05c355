import { expect, it } from "vitest";
import { z } from "zod";
import { ECHO_FALLBACK_CHARS, FIELD_TOO_LONG, FORM_TOO_LONG, MAX_FIELD_CHARS, echoValues, validatedAction } from "./action";

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

it("refuses a field over the hard cap before parsing, and echoes nothing of it", async () => {
  let parsed = false;
  const schema = z.object({ address: z.string().transform((value) => ((parsed = true), value)) });
  const action = validatedAction({ schema, prepare: async () => null, handler: async () => ({ status: "success" as const }) });
  const huge = "地".repeat(10 * 1024 * 1024);
  const state = await action({ status: "idle" }, form({ address: huge, name: "张三" }));
  expect(parsed).toBe(false);
  expect(state).toMatchObject({ status: "error", fieldErrors: { address: [FIELD_TOO_LONG] }, values: { address: "", name: "张三" } });
});

it("refuses a form whose fields together exceed the form cap", async () => {
  const action = validatedAction({ schema: z.object({}), prepare: async () => null, handler: async () => ({ status: "success" as const }) });
  const entries = Object.fromEntries(Array.from({ length: 3 }, (_, index) => [`f${index}`, "x".repeat(MAX_FIELD_CHARS)]));
  const state = await action({ status: "idle" }, form(entries));
  expect(state).toMatchObject({ status: "error", formError: FORM_TOO_LONG });
  expect(JSON.stringify(state).length).toBeLessThan(4 * ECHO_FALLBACK_CHARS);
});

it("echoes no more of an invalid value than the field's own limit", async () => {
  const schema = z.object({
    address: z.string().trim().max(200, "太长").transform((value) => value || null),
    title: z.string().transform((value) => value.trim()).pipe(z.string().max(50, "太长")),
    content: z.string().refine((value) => value.length < 5, "太长"),
  });
  const action = validatedAction({ schema, prepare: async () => null, handler: async () => ({ status: "success" as const }) });
  const long = "路".repeat(MAX_FIELD_CHARS);
  const state = await action({ status: "idle" }, form({ address: long, title: long, content: long }));
  expect(state.status).toBe("error");
  if (state.status !== "error") return;
  expect(state.values.address).toHaveLength(200);
  expect(state.values.title).toHaveLength(50);
  expect(state.values.content).toHaveLength(ECHO_FALLBACK_CHARS);
});
