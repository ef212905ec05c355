// Next's bundled path-to-regexp, the matcher its router uses for next.config rewrites; the
// elder-mode rewrite table is tested with it (lib/site/mode.test.ts).
declare module "next/dist/compiled/path-to-regexp" {
  export function match(
    path: string,
    options?: { decode?: (value: string) => string },
  ): (pathname: string) => false | { params: Record<string, string | string[]> };
  export function compile(path: string): (params: Record<string, string>) => string;
}

// Next's `has`/`missing` matcher for rewrites (lib/site/page-variant.mjs uses it too).
declare module "next/dist/shared/lib/router/utils/prepare-destination.js" {
  const prepareDestination: {
    matchHas(
      req: { headers: Record<string, string | string[] | undefined> },
      query: Record<string, string>,
      has?: { type: string; key: string; value?: string }[],
      missing?: { type: string; key: string; value?: string }[],
    ): false | Record<string, string>;
  };
  export default prepareDestination;
}

// The file system Next's page cache writes through (lib/site/route-cache-handler.test.ts).
declare module "next/dist/server/lib/node-fs-methods.js" {
  export const nodeFs: unknown;
}
