import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db/client";

// The index's generation: a token that changes in the same transaction as any change to the
// index, so results remembered for an earlier generation (./result-cache.ts) are never
// served after a publish, edit, unpublish or delete, whichever server instance made it.

const GENERATION_KEY = "search.generation";

type SettingsClient = Pick<Prisma.TransactionClient, "siteSetting">;

export async function markIndexChanged(client: SettingsClient): Promise<void> {
  const value = randomUUID();
  await client.siteSetting.upsert({ where: { key: GENERATION_KEY }, create: { key: GENERATION_KEY, value }, update: { value }, select: { key: true } });
}

export async function indexGeneration(client: SettingsClient): Promise<string> {
  const setting = await client.siteSetting.findUnique({ where: { key: GENERATION_KEY }, select: { value: true } });
  return setting?.value ?? "initial";
}
