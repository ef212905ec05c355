import type { Metadata } from "next";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { NotFoundPage } from "@/components/site/NotFoundPage";
import { GuideList, GuideSearchForm, servicesHref } from "@/components/services/ServiceDirectory";
import { isServiceTheme, SERVICE_THEMES } from "@/lib/services/catalog";
import { guidesByTheme } from "@/lib/services/queries";

export const generateStaticParams = () => [];

type Params = Promise<{ mode: string; theme: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { theme } = await params;
  return { title: isServiceTheme(theme) ? `${SERVICE_THEMES[theme]} - 在线服务` : "页面不存在" };
}

export default async function ThemePage({ params }: { params: Params }) {
  const { theme } = await params;
  if (!isServiceTheme(theme)) return <NotFoundPage />;
  const guides = await guidesByTheme(theme);
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "在线服务", href: servicesHref }, { label: SERVICE_THEMES[theme] }]} />
      <h1 className="mb-4 text-2xl font-bold">{SERVICE_THEMES[theme]}</h1>
      <GuideSearchForm />
      <p className="mb-2 text-sm text-muted">共 {guides.length} 项</p>
      <GuideList guides={guides} />
    </article>
  );
}
