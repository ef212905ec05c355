import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/content/ArticleList";
import { Section } from "@/components/content/Section";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { SiteLink } from "@/components/site/SiteLink";
import { libraryHref, policyTopicCounts } from "@/lib/content/library";
import { latestInCategory } from "@/lib/content/queries";
import { modeOfSegment } from "@/lib/site/mode";
import { categoryHref, GK_LABEL } from "@/lib/site/navigation";

export const metadata: Metadata = { title: GK_LABEL, description: "政府信息公开指南、制度、法定主动公开内容、年度报告和依申请公开" };

// Cached like every public page (docs/decisions/0003); any article change revalidates it
// (lib/content/revalidate.ts), so the lists and the 主题分类 counts follow at once.
export default async function GkPage({ params }: { params: Promise<{ mode: string }> }) {
  const elder = modeOfSegment((await params).mode) === "elder";
  const [guide, rules, reports, topics] = await Promise.all([latestInCategory("gkzn", 3), latestInCategory("gkzd", 5), latestInCategory("gknb", 5), policyTopicCounts()]);
  const columns = elder ? "grid gap-6" : "grid gap-6 md:grid-cols-2";
  return (
    <>
      <div className="rounded border border-line bg-white p-6">
        <Breadcrumb trail={[{ label: GK_LABEL }]} />
        <h1 className="mb-2 text-2xl font-bold">{GK_LABEL}</h1>
        <p>依据《中华人民共和国政府信息公开条例》，公开昌吉回族自治州人民政府的政府信息：主动公开的内容按主题分类在文件库中查阅，未主动公开的信息可以依申请公开。</p>
      </div>
      <div className={`mt-6 ${columns}`}>
        <Section title="政府信息公开指南" moreHref={categoryHref("gkzn")}>
          <ArticleList items={guide} elder={elder} />
        </Section>
        <Section title="政府信息公开制度" moreHref={categoryHref("gkzd")}>
          <ArticleList items={rules} elder={elder} />
        </Section>
        <Section title="法定主动公开内容" moreHref="/gk/wjk">
          <p className="mb-2">
            行政规范性文件和其他政策文件，按主题分类浏览，或在<Link href="/gk/wjk" className="underline">文件库</Link>中按发文机关、年份、效力筛选和检索。
          </p>
          {topics.length === 0 ? (
            <p>暂无内容。</p>
          ) : (
            <ul className={elder ? "space-y-2" : "grid gap-x-4 gap-y-1 sm:grid-cols-2"} aria-label="按主题分类">
              {topics.map(({ topic, count }) => (
                <li key={topic}>
                  <Link href={libraryHref({ topic })}>{topic}</Link>
                  <span className="ml-1 text-sm text-muted">（{count}）</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="政府信息公开年报" moreHref={categoryHref("gknb")}>
          <ArticleList items={reports} elder={elder} />
        </Section>
        <Section title="依申请公开">
          <p className="mb-3">
            需要获取未主动公开的政府信息，可以在线提出申请，无需注册登录。自收到申请之日起 20 个工作日内答复；需要延长的，延长期限不超过 20 个工作日。
          </p>
          <ul className={elder ? "grid gap-3" : "flex flex-wrap gap-3"}>
            <li>
              <SiteLink href="/gk/ysq/apply" className="inline-block rounded bg-gov-red px-5 py-2.5 font-semibold text-white no-underline hover:bg-gov-red-dark">
                在线申请
              </SiteLink>
            </li>
            <li>
              <SiteLink href="/gk/ysq/track" className="inline-block rounded border-2 border-gov-red px-5 py-2 font-semibold text-gov-red no-underline">
                申请查询
              </SiteLink>
            </li>
          </ul>
        </Section>
      </div>
    </>
  );
}
