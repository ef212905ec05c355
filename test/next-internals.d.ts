// Next's bundled path-to-regexp, the matcher its router uses for next.config rewrites; the
// elder-mode rewrite table is tested with it (lib/site/mode.test.ts).
declare module "next/dist/compiled/path-to-regexp" {
  export function match(
    path: string,
    options?: { decode?: (value: string) => string },
  ): (pathname: string) => false | { params: Record<string, string | string[]> };
  export function compile(path: string): (params: Record<string, string>) => string;
}
