import { headers } from "next/headers";

/**
 * The request's client IP as the front proxy gave it (first X-Forwarded-For entry, else
 * X-Real-IP), or null. Stored with staff actions only (lib/audit/audit.ts).
 */
export async function requestIp(): Promise<string | null> {
  const list = await headers();
  const forwarded = list.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || list.get("x-real-ip")?.trim() || null;
  return ip ? ip.slice(0, 64) : null;
}
