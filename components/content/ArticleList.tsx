import Link from "next/link";
import { validityLabel, type Validity } from "@/lib/content/validity";
import { formatDate } from "@/lib/format";
import { articleHref } from "@/lib/site/navigation";

export interface ArticleListItem {
  id: number;
  title: string;
  publishedAt: Date | null;
  /** Policy documents: 文号 and 效力, shown under the title. */
  docNumber?: string | null;
  validity?: Validity | null;
}

/** A dated list of article links, the basic unit of every listing. */
export function ArticleList({
  items,
  elder,
  className = "",
}: {
  items: ArticleListItem[];
  elder: boolean;
  className?: string;
}) {
  if (items.length === 0) return <p>暂无内容。</p>;
  return (
    <ul className={`divide-y divide-line ${className}`}>
      {items.map((item) => (
        <li key={item.id} className={elder ? "py-2" : "flex items-baseline justify-between gap-4 py-2"}>
          <div>
            <Link href={articleHref(item.id)}>{item.title}</Link>
            {(item.docNumber || item.validity) && (
              <p className="text-sm text-muted">
                {item.docNumber}
                {item.validity && <span className="ml-2">【{validityLabel[item.validity]}】</span>}
              </p>
            )}
          </div>
          {item.publishedAt && (
            <time
              dateTime={item.publishedAt.toISOString()}
              className={elder ? "block text-muted" : "shrink-0 text-sm text-muted"}
            >
              {formatDate(item.publishedAt)}
            </time>
          )}
        </li>
      ))}
    </ul>
  );
}
