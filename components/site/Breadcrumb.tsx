import Link from "next/link";

export interface Crumb {
  label: string;
  href?: string;
}

/** 当前位置：首页 » 栏目 » 标题 - the last crumb is the current page. */
export function Breadcrumb({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="当前位置" className="mb-4 text-sm text-muted">
      <span>当前位置：</span>
      <Link href="/" className="underline">首页</Link>
      {trail.map((crumb) => (
        <span key={crumb.label}>
          <span aria-hidden="true"> » </span>
          {crumb.href ? (
            <Link href={crumb.href} className="underline">{crumb.label}</Link>
          ) : (
            <span aria-current="page">{crumb.label}</span>
          )}
        </span>
      ))}
    </nav>
  );
}
