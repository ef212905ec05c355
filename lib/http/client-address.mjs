// The one place the client's address is decided (docs/decisions/0011). The server
// (scripts/server.mjs) calls stampClientAddress on every request before anything else reads
// it: the address is the socket's peer, unless that peer is a configured trusted proxy
// (TRUSTED_PROXIES: addresses or CIDR ranges, comma-separated), in which case it is the
// right-most X-Forwarded-For entry that is not itself a trusted proxy. Whatever a client
// sends in X-Forwarded-For, X-Real-IP or our own header is never believed on its own.
// Plain JavaScript because scripts/server.mjs imports it; lib/http/request.ts reads the
// stamped value inside Next.
import { BlockList, isIP } from "node:net";

/** The request header the server writes the decided address into (any client copy is replaced). */
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";
/** A per-process secret sent alongside, so a value that did not come from our server is ignored. */
export const EDGE_TOKEN_HEADER = "x-portal-edge-token";

/** `::ffff:192.0.2.1` -> `192.0.2.1`; drops an IPv6 zone id; "" when not an IP address. */
export function normalizeAddress(value) {
  let ip = String(value ?? "").trim();
  if (ip.startsWith("[") && ip.endsWith("]")) ip = ip.slice(1, -1);
  const zone = ip.indexOf("%");
  if (zone !== -1) ip = ip.slice(0, zone);
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(ip)) ip = ip.slice(7);
  return isIP(ip) ? ip.toLowerCase() : "";
}

/**
 * Parses TRUSTED_PROXIES ("127.0.0.1, 10.0.0.0/8, ::1"); throws naming the bad entry.
 * Returns null when the list is empty (no proxy trusted).
 */
export function parseTrustedProxies(value) {
  const entries = String(value ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits, extra] = entry.split("/");
    const ip = normalizeAddress(address);
    const family = isIP(ip) === 6 ? "ipv6" : "ipv4";
    const prefix = bits === undefined ? (family === "ipv6" ? 128 : 32) : Number(bits);
    const max = family === "ipv6" ? 128 : 32;
    if (!ip || extra !== undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > max) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    list.addSubnet(ip, prefix, family);
  }
  return list;
}

function isTrusted(trusted, ip) {
  return trusted !== null && ip !== "" && trusted.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");
}

/** The client address of a Node request (see the top of this file); "" when unknown. */
export function resolveClientAddress(req, trusted) {
  let address = normalizeAddress(req.socket?.remoteAddress);
  if (!isTrusted(trusted, address)) return address;
  const forwarded = req.headers["x-forwarded-for"];
  const hops = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? "")).split(",");
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (!hop) break;
    address = hop;
    if (!isTrusted(trusted, hop)) break;
  }
  return address;
}

// What a reverse proxy says about the client; from anyone else it is dropped, so that nothing
// after the server (Next's own origin check and URLs included) can be misled by it.
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/** Writes the decided address into the request for everything after the server (Next included). */
export function stampClientAddress(req, trusted, token) {
  const address = resolveClientAddress(req, trusted);
  if (!isTrusted(trusted, normalizeAddress(req.socket?.remoteAddress))) {
    for (const name of FORWARDING_HEADERS) delete req.headers[name];
  }
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  req.headers[EDGE_TOKEN_HEADER] = token;
  return address;
}
