import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { sessionCookieOptions } from "@/lib/auth/options";
import { secrets } from "@/lib/env";

// The confirmation page shows the 查询码, which is stored only as a hash. Between the submit
// action and that page it travels in a short-lived cookie, encrypted (JWE, next-auth's own
// format and secret) and scoped to /mailbox, so a reload or the second request of a double
// click can show it again for a few minutes - and it is never in a URL or a log.

export const RECEIPT_COOKIE = "portal.letter-receipt";
const RECEIPT_MAX_AGE_S = 15 * 60;

/** The confirmation page of a letter. */
export const receiptPath = (number: string) => `/mailbox/write/done?number=${encodeURIComponent(number)}`;

export interface Receipt {
  number: string;
  trackingCode: string;
  writerId: number;
}

export async function setReceipt(receipt: Receipt): Promise<void> {
  const token = await encode({
    token: { n: receipt.number, c: receipt.trackingCode, w: receipt.writerId, p: "letter-receipt" },
    secret: secrets().NEXTAUTH_SECRET,
    maxAge: RECEIPT_MAX_AGE_S,
  });
  (await cookies()).set(RECEIPT_COOKIE, token, { ...sessionCookieOptions(), path: "/mailbox", maxAge: RECEIPT_MAX_AGE_S });
}

/** The receipt for this letter and writer, if the cookie carries it. */
export async function readReceipt(number: string, writerId: number): Promise<Receipt | null> {
  const value = (await cookies()).get(RECEIPT_COOKIE)?.value;
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: secrets().NEXTAUTH_SECRET });
    if (!token || token.p !== "letter-receipt" || token.n !== number || token.w !== writerId || typeof token.c !== "string") return null;
    return { number, trackingCode: token.c, writerId };
  } catch {
    return null;
  }
}
