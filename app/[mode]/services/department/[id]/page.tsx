import type { Metadata } from "next";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { NotFoundPage } from "@/components/site/NotFoundPage";
import { GuideList, GuideSearchForm, servicesHref } from "@/components/services/ServiceDirectory";
import { guidesByDepartment } from "@/lib/services/queries";

export const generateStaticParams = () => [];

type Params = Promise<{ mode: string; id: string }>;

async function load(params: Params) {
  const { id } = await params;
  return /^[1-9]\d{0,8}$/.test(id) ? guidesByDepartment(Number(id)) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await load(params);
  return { title: found ? `${found.department.name} - 在线服务` : "页面不存在" };
}

export default async function DepartmentGuidesPage({ params }: { params: Params }) {
  const found = await load(params);
  if (!found) return <NotFoundPage />;
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "在线服务", href: servicesHref }, { label: found.department.name }]} />
      <h1 className="mb-4 text-2xl font-bold">{found.department.name}办事指南</h1>
      <GuideSearchForm />
      <p className="mb-2 text-sm text-muted">共 {found.guides.length} 项</p>
      <GuideList guides={found.guides} />
    </article>
  );
}
