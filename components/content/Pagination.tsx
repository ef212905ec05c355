import Link from "next/link";

/**
 * Numbered page links. With `basePath`, page 1 lives at the base path itself and page n at
 * basePath/n; `href` names each page's address otherwise (e.g. a query string).
 */
export function Pagination({
  page,
  pageCount,
  ...target
}: { page: number; pageCount: number } & ({ basePath: string } | { href: (page: number) => string })) {
  if (pageCount <= 1) return null;
  const href = "href" in target ? target.href : (n: number) => (n === 1 ? target.basePath : `${target.basePath}/${n}`);
  const numbers = Array.from({ length: pageCount }, (_, i) => i + 1).filter(
    (n) => n === 1 || n === pageCount || Math.abs(n - page) <= 2,
  );
  return (
    <nav aria-label="分页" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} className="block rounded border border-line bg-white px-3 py-1.5">
              上一页
            </Link>
          </li>
        )}
        {numbers.map((n, i) => (
          <li key={n} className="flex items-center gap-2">
            {i > 0 && n - (numbers[i - 1] ?? n) > 1 && <span aria-hidden="true">…</span>}
            {n === page ? (
              <span aria-current="page" className="block rounded bg-gov-red px-3 py-1.5 text-white">
                <span className="sr-only">第</span>
                {n}
                <span className="sr-only">页（当前页）</span>
              </span>
            ) : (
              <Link href={href(n)} aria-label={`第${n}页`} className="block rounded border border-line bg-white px-3 py-1.5">
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} className="block rounded border border-line bg-white px-3 py-1.5">
              下一页
            </Link>
          </li>
        )}
      </ul>
      <p className="mt-2 text-sm text-muted">
        第 {page} 页，共 {pageCount} 页
      </p>
    </nav>
  );
}
