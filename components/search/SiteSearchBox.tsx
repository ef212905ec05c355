"use client";

import { useSearchParams } from "next/navigation";
import { Suspense } from "react";

// The header's search box on every public page: a plain GET form to /search, so it works
// without JavaScript. On the results page (rendered per request) the server renders it with
// the query in it; a cached page is built without a query string, so there the box is the
// empty Suspense fallback.

function Box({ query }: { query: string }) {
  return (
    <form method="get" action="/search" role="search" aria-label="站内搜索" className="flex items-stretch">
      <label htmlFor="site-search-q" className="sr-only">
        搜索
      </label>
      <input
        id="site-search-q"
        name="q"
        type="search"
        defaultValue={query}
        placeholder="请输入关键词"
        className="w-44 rounded-l border-2 border-white bg-white px-2 py-1 text-ink elder:w-56"
      />
      <button type="submit" className="cursor-pointer rounded-r border-2 border-white bg-gov-red-dark px-3 py-1 font-semibold text-white">
        搜索
      </button>
    </form>
  );
}

function BoxWithQuery() {
  const params = useSearchParams();
  return <Box query={params.get("q") ?? ""} />;
}

export function SiteSearchBox() {
  return (
    <Suspense fallback={<Box query="" />}>
      <BoxWithQuery />
    </Suspense>
  );
}
