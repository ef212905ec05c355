import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { sessionCookieOptions } from "@/lib/auth/options";
import { secrets } from "@/lib/env";

// The confirmation page of a request shows its 查询码 once, as the mailbox's does
// (lib/mailbox/receipt.ts): between the submit action and that page the code travels in a
// short-lived encrypted cookie scoped to /gk/ysq, never in a URL or a log. Applicants may be
// anonymous, so the cookie is bound to the request number only.

export const YSQ_RECEIPT_COOKIE = "portal.ysq-receipt";
const RECEIPT_MAX_AGE_S = 15 * 60;

export const ysqReceiptPath = (number: string) => `/gk/ysq/apply/done?number=${encodeURIComponent(number)}`;

export async function setYsqReceipt(number: string, trackingCode: string): Promise<void> {
  const token = await encode({ token: { n: number, c: trackingCode, p: "ysq-receipt" }, secret: secrets().NEXTAUTH_SECRET, maxAge: RECEIPT_MAX_AGE_S });
  (await cookies()).set(YSQ_RECEIPT_COOKIE, token, { ...sessionCookieOptions(), path: "/gk/ysq", maxAge: RECEIPT_MAX_AGE_S });
}

/** The 查询码 of this request, if this browser's cookie carries it. */
export async function readYsqReceipt(number: string): Promise<string | null> {
  const value = (await cookies()).get(YSQ_RECEIPT_COOKIE)?.value;
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: secrets().NEXTAUTH_SECRET });
    if (!token || token.p !== "ysq-receipt" || token.n !== number || typeof token.c !== "string") return null;
    return token.c;
  } catch {
    return null;
  }
}
