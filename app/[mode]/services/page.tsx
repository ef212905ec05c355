import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { audienceHref, departmentHref, GuideSearchForm, themeHref } from "@/components/services/ServiceDirectory";
import { serviceDirectory } from "@/lib/services/queries";

export const metadata: Metadata = { title: "在线服务", description: "办事指南：按个人服务、法人服务、主题和部门查找办事事项" };
export const generateStaticParams = () => [];

export default async function ServicesPage() {
  const directory = await serviceDirectory();
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "在线服务" }]} />
      <h1 className="mb-4 text-2xl font-bold">在线服务</h1>
      <p className="mb-4">办事指南列明每个事项的办理条件、申请材料、流程、时限和咨询电话。可在线办理的事项可转到新疆政务服务网办理。</p>
      <GuideSearchForm />
      <nav aria-labelledby="by-audience" className="mb-6">
        <h2 id="by-audience" className="mb-2 text-xl font-bold">
          按服务对象
        </h2>
        <ul className="flex flex-wrap gap-4">
          {directory.tabs.map((tab) => (
            <li key={tab.tab}>
              <Link href={audienceHref(tab.tab)} className="inline-block rounded border-2 border-gov-red px-5 py-2 text-lg font-semibold">
                {tab.label}（{tab.count}）
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-labelledby="by-theme" className="mb-6">
        <h2 id="by-theme" className="mb-2 text-xl font-bold">
          按主题
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4 elder:grid-cols-1 elder:sm:grid-cols-2">
          {directory.themes.map((theme) => (
            <li key={theme.theme}>
              <Link href={themeHref(theme.theme)} className="block rounded border border-line p-3">
                {theme.label}（{theme.count}）
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-labelledby="by-department">
        <h2 id="by-department" className="mb-2 text-xl font-bold">
          按部门
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2 elder:sm:grid-cols-1">
          {directory.departments.map((department) => (
            <li key={department.id}>
              <Link href={departmentHref(department.id)}>
                {department.name}（{department.count}）
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </article>
  );
}
