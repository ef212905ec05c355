import { z } from "zod";

/** 文件效力 of a policy document, as the national rules for government sites require. */
export const validitySchema = z.enum(["valid", "amended", "repealed"]);
export type Validity = z.infer<typeof validitySchema>;

export const validityLabel: Record<Validity, string> = {
  valid: "有效",
  amended: "已修改",
  repealed: "已废止",
};

export function parseValidity(value: string | null): Validity | null {
  const parsed = validitySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const articleStatusSchema = z.enum(["draft", "review", "published", "archived"]);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;
