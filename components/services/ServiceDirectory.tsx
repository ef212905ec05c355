import Link from "next/link";
import { SERVICE_TYPES, labelOf } from "@/lib/services/catalog";
import type { GuideListItem } from "@/lib/services/queries";

// The 在线服务 directory's parts (server components, no JavaScript): the way in by 个人服务 /
// 法人服务, by theme and by department, the name search (a GET form), and a list of guides.

export const servicesHref = "/services";
export const guideHref = (code: string) => `/services/${code}`;
export const themeHref = (theme: string) => `/services/theme/${theme}`;
export const audienceHref = (tab: string) => `/services/audience/${tab}`;
export const departmentHref = (id: number) => `/services/department/${id}`;

export function GuideSearchForm({ value = "" }: { value?: string }) {
  return (
    <form method="get" action="/services/search" role="search" aria-label="按名称查找办事指南" className="mb-6 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="service-q" className="block font-semibold">
          事项名称或编码
        </label>
        <input id="service-q" name="q" defaultValue={value} maxLength={50} className="mt-1 block w-72 max-w-full rounded border-2 border-ink bg-white px-3 py-2" />
      </div>
      <button type="submit" className="min-h-11 rounded bg-gov-red px-5 py-2 font-semibold text-white hover:bg-gov-red-dark">
        查找
      </button>
    </form>
  );
}

export function GuideList({ guides, empty = "暂无办事指南。" }: { guides: GuideListItem[]; empty?: string }) {
  if (guides.length === 0) return <p>{empty}</p>;
  return (
    <ul className="divide-y divide-line" data-testid="guide-list">
      {guides.map((guide) => (
        <li key={guide.id} className="py-3">
          <Link href={guideHref(guide.code)} className="text-lg font-semibold">
            {guide.name}
          </Link>
          <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-muted">
            <span>{labelOf(SERVICE_TYPES, guide.serviceType)}</span>
            <span>实施主体：{guide.department.name}</span>
            <span>承诺时限：{guide.promisedDays === 0 ? "即办" : `${guide.promisedDays} 个工作日`}</span>
            <span>{guide.onlineUrl ? "可在线办理" : `到现场 ${guide.visits} 次`}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
