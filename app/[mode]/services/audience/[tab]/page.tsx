import type { Metadata } from "next";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { NotFoundPage } from "@/components/site/NotFoundPage";
import { GuideList, GuideSearchForm, servicesHref } from "@/components/services/ServiceDirectory";
import { AUDIENCE_TABS, isAudienceTab, SERVICE_THEMES, type ServiceTheme } from "@/lib/services/catalog";
import { guidesByAudience } from "@/lib/services/queries";

export const generateStaticParams = () => [];

type Params = Promise<{ mode: string; tab: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { tab } = await params;
  return { title: isAudienceTab(tab) ? `${AUDIENCE_TABS[tab]} - 在线服务` : "页面不存在" };
}

/** 个人服务 or 法人服务: the guides for that audience, by theme. */
export default async function AudiencePage({ params }: { params: Params }) {
  const { tab } = await params;
  if (!isAudienceTab(tab)) return <NotFoundPage />;
  const guides = await guidesByAudience(tab);
  const themes = (Object.keys(SERVICE_THEMES) as ServiceTheme[]).map((theme) => ({ theme, guides: guides.filter((guide) => guide.theme === theme) })).filter((group) => group.guides.length > 0);
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "在线服务", href: servicesHref }, { label: AUDIENCE_TABS[tab] }]} />
      <h1 className="mb-4 text-2xl font-bold">{AUDIENCE_TABS[tab]}</h1>
      <GuideSearchForm />
      <p className="mb-2 text-sm text-muted">共 {guides.length} 项</p>
      {themes.length === 0 ? <p>暂无办事指南。</p> : null}
      {themes.map((group) => (
        <section key={group.theme} aria-labelledby={`theme-${group.theme}`} className="mb-6">
          <h2 id={`theme-${group.theme}`} className="border-b-2 border-gov-red pb-1 text-xl font-bold">
            {SERVICE_THEMES[group.theme]}
          </h2>
          <GuideList guides={group.guides} />
        </section>
      ))}
    </article>
  );
}
