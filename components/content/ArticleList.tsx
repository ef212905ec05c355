import Link from "next/link";
import { formatDate } from "@/lib/format";
import { articleHref } from "@/lib/site/navigation";

export interface ArticleListItem {
  id: number;
  title: string;
  publishedAt: Date | null;
}

/** A dated list of article links, the basic unit of every listing. */
export function ArticleList({ items, elder }: { items: ArticleListItem[]; elder: boolean }) {
  if (items.length === 0) return <p>暂无内容。</p>;
  return (
    <ul className="divide-y divide-line">
      {items.map((item) => (
        <li key={item.id} className={elder ? "py-2" : "flex items-baseline justify-between gap-4 py-2"}>
          <Link href={articleHref(item.id)}>{item.title}</Link>
          {item.publishedAt && (
            <time dateTime={item.publishedAt.toISOString()} className={elder ? "block text-muted" : "shrink-0 text-sm text-muted"}>
              {formatDate(item.publishedAt)}
            </time>
          )}
        </li>
      ))}
    </ul>
  );
}
