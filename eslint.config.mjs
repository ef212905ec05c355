import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  {
    ignores: [".next/**", "node_modules/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", ".test-db/**", "data/**", "next-env.d.ts"],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // Data access belongs in lib/<domain>; pages and components call those functions.
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@/lib/db/client", message: "Query the database in lib/<domain>, not in routes or components." }] },
      ],
    },
  },
  {
    // Tests may look at the database to prove what an action changed (or did not).
    files: ["lib/**", "prisma/**", "scripts/**", "test/**", "**/*.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
