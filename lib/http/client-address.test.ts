import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress, stampClientAddress } from "./client-address.mjs";
import { isForeignOriginPost } from "./origin-check.mjs";
import { clientNetwork } from "./request";

function request(peer: string, headers: Record<string, string> = {}): IncomingMessage {
  return { socket: { remoteAddress: peer }, headers } as unknown as IncomingMessage;
}

describe("the client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever the headers say", () => {
    const spoofed = { "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7", "x-portal-client-address": "8.8.8.8" };
    expect(resolveClientAddress(request("::ffff:198.51.100.20", spoofed), null)).toBe("198.51.100.20");
    expect(resolveClientAddress(request("2001:DB8::1", spoofed), null)).toBe("2001:db8::1");
    // A peer that is not in TRUSTED_PROXIES is not believed either.
    expect(resolveClientAddress(request("198.51.100.20", spoofed), parseTrustedProxies("127.0.0.1"))).toBe("198.51.100.20");
  });

  it("behind trusted proxies is the right-most forwarded entry that is not a trusted proxy", () => {
    const trusted = parseTrustedProxies("127.0.0.1, ::1, 10.0.0.0/8");
    // The client sent X-Forwarded-For: 6.6.6.6 itself; nginx appended the real peer.
    expect(resolveClientAddress(request("::ffff:127.0.0.1", { "x-forwarded-for": "6.6.6.6, 203.0.113.5" }), trusted)).toBe("203.0.113.5");
    expect(resolveClientAddress(request("::1", { "x-forwarded-for": "2001:db8::7, 10.0.0.1" }), trusted)).toBe("2001:db8::7");
    // Garbage in the chain stops the walk at the last good hop.
    expect(resolveClientAddress(request("127.0.0.1", { "x-forwarded-for": "not-an-ip, 10.1.2.3" }), trusted)).toBe("10.1.2.3");
    expect(resolveClientAddress(request("127.0.0.1"), trusted)).toBe("127.0.0.1");
  });

  it("refuses a malformed TRUSTED_PROXIES entry", () => {
    expect(parseTrustedProxies("")).toBeNull();
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10.0.0.0\/33/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/proxy.example/);
  });

  it("groups clients by /24 and /64 networks", () => {
    expect(clientNetwork("198.51.100.77")).toBe("198.51.100.0/24");
    expect(clientNetwork("2001:db8:0:5::9")).toBe("2001:db8:0:5::/64");
    expect(clientNetwork("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientNetwork("junk")).toBe("unknown");
  });
});

describe("what the server lets through", () => {
  it("drops forwarding headers unless a trusted proxy sent them", () => {
    const forged = () => ({ "x-forwarded-for": "6.6.6.6", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-real-ip": "6.6.6.6", forwarded: "for=6.6.6.6" });
    const direct = request("198.51.100.20", forged());
    expect(stampClientAddress(direct, parseTrustedProxies("127.0.0.1"), "t")).toBe("198.51.100.20");
    expect(Object.keys(direct.headers).filter((name) => name.startsWith("x-forwarded") || name === "x-real-ip" || name === "forwarded")).toEqual([]);
    const proxied = request("127.0.0.1", forged());
    expect(stampClientAddress(proxied, parseTrustedProxies("127.0.0.1"), "t")).toBe("6.6.6.6");
    expect(proxied.headers["x-forwarded-host"]).toBe("evil.example");
  });

  it("refuses state-changing requests from another site's pages, not same-site or origin-less ones", () => {
    const post = (headers: Record<string, string>, method = "POST") => ({ ...request("198.51.100.20", headers), method }) as IncomingMessage;
    const site = "http://localhost:3000";
    expect(isForeignOriginPost(post({ host: "localhost:3000", origin: "https://evil.example" }), site)).toBe(true);
    expect(isForeignOriginPost(post({ host: "localhost:3000", origin: "null" }), site)).toBe(true);
    expect(isForeignOriginPost(post({ host: "evil.example", origin: "javascript:x" }), site)).toBe(true);
    expect(isForeignOriginPost(post({ host: "localhost:3000", origin: site }), site)).toBe(false);
    expect(isForeignOriginPost(post({ host: "[::1]:3000", origin: "http://[::1]:3000" }), site)).toBe(false);
    expect(isForeignOriginPost(post({ host: "10.0.0.5", origin: site }), site)).toBe(false);
    expect(isForeignOriginPost(post({ host: "localhost:3000" }), site)).toBe(false);
    expect(isForeignOriginPost(post({ host: "localhost:3000", origin: "https://evil.example" }, "GET"), site)).toBe(false);
  });
});
