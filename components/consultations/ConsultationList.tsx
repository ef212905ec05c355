import Link from "next/link";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { CONSULTATION_STATUSES, type ConsultationStatus } from "@/lib/consultations/status";
import { formatDate } from "@/lib/format";

// The public list of 民意征集 (/interaction/consultations and its status filters). The filter
// is a set of links to cached pages, so it works without JavaScript.

export const CONSULTATIONS_HREF = "/interaction/consultations";
export const consultationHref = (id: number) => `${CONSULTATIONS_HREF}/${id}`;
export const statusHref = (status: ConsultationStatus) => `${CONSULTATIONS_HREF}/status/${status}`;

interface Item {
  id: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: ConsultationStatus;
  opinions: number;
  department: { name: string };
}

export function ConsultationList({ items, status }: { items: Item[]; status: ConsultationStatus | null }) {
  const title = status ? `${CONSULTATION_STATUSES[status]}的民意征集` : "民意征集";
  const filters: { href: string; label: string; current: boolean }[] = [
    { href: CONSULTATIONS_HREF, label: "全部", current: status === null },
    ...(Object.keys(CONSULTATION_STATUSES) as ConsultationStatus[]).map((key) => ({ href: statusHref(key), label: CONSULTATION_STATUSES[key], current: key === status })),
  ];
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "互动交流", href: "/interaction" }, ...(status ? [{ label: "民意征集", href: CONSULTATIONS_HREF }, { label: CONSULTATION_STATUSES[status] }] : [{ label: "民意征集" }])]} />
      <h1 className="mb-4 text-2xl font-bold">{title}</h1>
      <p className="mb-4">州人民政府及其部门起草的规范性文件和重要政策，在此公开征求意见。征集期内，登录后可以对全文或某一条款提出意见；征集结束后公布意见采纳情况。</p>
      <nav aria-label="按状态筛选" className="mb-4">
        <ul className="flex flex-wrap gap-3">
          {filters.map((filter) => (
            <li key={filter.href}>
              <Link href={filter.href} aria-current={filter.current ? "page" : undefined} className={`inline-block rounded border-2 px-4 py-1 ${filter.current ? "border-gov-red font-bold" : "border-line"}`}>
                {filter.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mb-2 text-sm text-muted">共 {items.length} 项</p>
      {items.length === 0 ? <p>暂无{status ? CONSULTATION_STATUSES[status] : ""}的民意征集。</p> : null}
      <ul className="divide-y divide-line" data-testid="consultations">
        {items.map((item) => (
          <li key={item.id} className="py-3">
            <Link href={consultationHref(item.id)} className="text-lg font-semibold">
              {item.title}
            </Link>
            <p className="mt-1 flex flex-wrap gap-x-5 text-sm text-muted">
              <span className="font-semibold text-ink">{CONSULTATION_STATUSES[item.status]}</span>
              <span>征集单位：{item.department.name}</span>
              <span>
                征集时间：<time dateTime={item.startsAt.toISOString()}>{formatDate(item.startsAt)}</time> 至 <time dateTime={item.endsAt.toISOString()}>{formatDate(item.endsAt)}</time>
              </span>
              <span>已收到意见 {item.opinions} 条</span>
            </p>
          </li>
        ))}
      </ul>
    </article>
  );
}
