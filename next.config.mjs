// Security headers for every response. No nonce-based CSP: a nonce would make every page
// render per request, and public pages must stay prerendered (docs/decisions/0003).
const securityHeaders = [
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ].join("; "),
  },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

import { modeRedirects, modeRewrites } from "./lib/site/public-routes.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() (403) from lib/auth/current.ts when a signed-in person lacks a permission.
  // bodySizeLimit: article attachments up to 20 MB are uploaded through a server action
  // (lib/content/attachments.ts checks the size itself); letters carry up to 3 x 5 MB
  // (lib/mailbox/attachments.ts).
  // proxyClientMaxBodySize: proxy.ts runs on /account and /admin, and cut larger bodies at
  // 10 MB (the action then failed with 500); scripts/server.mjs refuses anything over 21 MB.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "21mb" }, proxyClientMaxBodySize: "21mb" },
  async rewrites() {
    // Browsers ask for /favicon.ico on pages without an icon link (e.g. a downloaded file).
    return { beforeFiles: modeRewrites(), afterFiles: [{ source: "/favicon.ico", destination: "/icon.svg" }], fallback: [] };
  },
  async redirects() {
    return modeRedirects();
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
