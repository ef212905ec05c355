import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER, EDGE_TOKEN_HEADER, normalizeAddress } from "./client-address.mjs";

/**
 * The client's address as our server decided it (lib/http/client-address.mjs), or null when
 * the request did not come through it (e.g. `next dev`) or the address is unknown. The one
 * reader of the client address inside Next: audit entries and rate limits use it.
 */
export async function requestClientAddress(): Promise<string | null> {
  const token = process.env.PORTAL_EDGE_TOKEN;
  if (!token) return null;
  const list = await headers();
  if (list.get(EDGE_TOKEN_HEADER) !== token) return null;
  return normalizeAddress(list.get(CLIENT_ADDRESS_HEADER)) || null;
}

/** The client's network: an IPv4 address's /24 or an IPv6 address's /64, e.g. "192.0.2.0/24"; "unknown" without an address. */
export function clientNetwork(address: string | null): string {
  const ip = normalizeAddress(address);
  if (!ip) return "unknown";
  if (!ip.includes(":")) return `${ip.split(".").slice(0, 3).join(".")}.0/24`;
  const [head, tail = ""] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
