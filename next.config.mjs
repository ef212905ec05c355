import { fileURLToPath } from "node:url";
import { nonStrictSource, PUBLIC_CSP } from "./lib/http/csp.mjs";
import { modeRedirects, modeRewrites, notFoundRewrites } from "./lib/site/public-routes.mjs";

// Security headers for every response. The Content-Security-Policy here is the public pages'
// one; pages with personal data or input get a strict policy with a per-request nonce from
// proxy.ts instead (lib/http/csp.mjs, docs/decisions/0013). Strict-Transport-Security is
// added by scripts/server.mjs when SITE_URL is https.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The search's segmenter is a native addon that reads its dictionary beside itself.
  serverExternalPackages: ["@node-rs/jieba"],
  reactStrictMode: true,
  // forbidden() (403) from lib/auth/current.ts when a signed-in person lacks a permission.
  // bodySizeLimit: article attachments up to 20 MB are uploaded through a server action
  // (lib/content/attachments.ts checks the size itself); letters carry up to 3 x 5 MB
  // (lib/mailbox/attachments.ts).
  // proxyClientMaxBodySize: proxy.ts runs on /account and /admin, and cut larger bodies at
  // 10 MB (the action then failed with 500); scripts/server.mjs refuses anything over 21 MB.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "21mb" }, proxyClientMaxBodySize: "21mb" },
  // Next's page cache, minus the pages that did not render (no 404 per unknown path).
  cacheHandler: fileURLToPath(new URL("./lib/site/route-cache-handler.mjs", import.meta.url)),
  async rewrites() {
    // Browsers ask for /favicon.ico on pages without an icon link (e.g. a downloaded file).
    // Any other unknown path gets its variant's not-found page (lib/site/public-routes.mjs).
    return {
      beforeFiles: modeRewrites(),
      afterFiles: [{ source: "/favicon.ico", destination: "/icon.svg" }, ...notFoundRewrites()],
      fallback: [],
    };
  },
  async redirects() {
    return modeRedirects();
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: nonStrictSource(), headers: [{ key: "Content-Security-Policy", value: PUBLIC_CSP }] },
    ];
  },
};

export default nextConfig;
