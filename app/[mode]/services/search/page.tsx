import type { Metadata } from "next";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { GuideList, GuideSearchForm, servicesHref } from "@/components/services/ServiceDirectory";
import { searchGuides } from "@/lib/services/queries";

export const metadata: Metadata = { title: "查找办事指南 - 在线服务" };

// One page per query string: rendered per request.
export const dynamic = "force-dynamic";

export default async function GuideSearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw.trim().slice(0, 50) : "";
  const guides = await searchGuides(q);
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "在线服务", href: servicesHref }, { label: "查找办事指南" }]} />
      <h1 className="mb-4 text-2xl font-bold">{q ? `“${q}”的办事指南` : "查找办事指南"}</h1>
      <GuideSearchForm value={q} />
      {q ? (
        <>
          <p role="status" className="mb-2 text-sm text-muted">
            共找到 {guides.length} 项
          </p>
          <GuideList guides={guides} empty="没有找到名称或编码含有这些字的办事指南，请换个说法，或按主题、部门查找。" />
        </>
      ) : (
        <p>请输入事项名称中的字词，例如“社保”“结婚”“营业执照”。</p>
      )}
    </article>
  );
}
