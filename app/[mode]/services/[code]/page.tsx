import type { Metadata } from "next";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { NotFoundPage } from "@/components/site/NotFoundPage";
import { SiteLink } from "@/components/site/SiteLink";
import { GuideDetail } from "@/components/services/GuideDetail";
import { PrintButton } from "@/components/services/PrintButton";
import { servicesHref, themeHref } from "@/components/services/ServiceDirectory";
import { FaqEntries } from "@/components/questions/FaqList";
import { departmentFaq } from "@/lib/questions/public";
import { getPublishedGuide } from "@/lib/services/queries";

export const generateStaticParams = () => [];

type Params = Promise<{ mode: string; code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const guide = await getPublishedGuide((await params).code);
  return guide ? { title: `${guide.name} - 办事指南`, description: `${guide.name}的办理条件、申请材料、流程和时限` } : { title: "页面不存在" };
}

export default async function GuidePage({ params }: { params: Params }) {
  const guide = await getPublishedGuide((await params).code);
  if (!guide) return <NotFoundPage />;
  // The department's 常见问题 (在线问答), when it has any; refreshed with every FAQ change.
  const faq = await departmentFaq(guide.department.id, 5);
  return (
    <article className="guide rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "在线服务", href: servicesHref }, { label: guide.themeLabel, href: themeHref(guide.theme) }, { label: guide.name }]} />
      <h1 className="mb-2 text-center text-2xl font-bold leading-snug">{guide.name}</h1>
      <p className="mb-4 text-center text-sm text-muted">办事指南 · 事项编码：{guide.code}</p>
      <div className="no-print mb-6 flex flex-wrap items-center gap-4">
        {guide.onlineUrl ? (
          <a href={guide.onlineUrl} rel="noopener noreferrer" className="min-h-11 rounded bg-gov-red px-5 py-2 font-semibold text-white hover:bg-gov-red-dark">
            在线办理<span className="sr-only">（新疆政务服务网，离开本站）</span>
          </a>
        ) : null}
        <PrintButton />
        <span className="text-sm text-muted">打印时只打印办事指南本身（也可使用浏览器的打印功能）。</span>
      </div>
      <GuideDetail guide={guide} />
      {faq.length > 0 ? (
        <aside aria-labelledby="department-faq" className="no-print mt-8 rounded border border-line bg-paper p-4">
          <h2 id="department-faq" className="mb-3 text-xl font-bold">
            {guide.department.name}常见问题
          </h2>
          <FaqEntries entries={faq} />
          <p className="mt-4">
            <SiteLink href={`/interaction/questions/faq/search?department=${guide.department.id}`} className="underline">
              查看{guide.department.name}的全部常见问题
            </SiteLink>
            ，或 <SiteLink href="/interaction/questions/ask" className="underline">在线提问</SiteLink>。
          </p>
        </aside>
      ) : null}
      <p className="no-print mt-8 border-t border-line pt-4">
        发现本指南内容有误？请通过 <SiteLink href="/mailbox/write" className="underline">州长信箱</SiteLink> 告诉我们（选择“建议”，写明事项编码 {guide.code}），或拨打咨询电话 {guide.phone}。
      </p>
    </article>
  );
}
