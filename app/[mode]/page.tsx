import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/content/ArticleList";
import { Section } from "@/components/content/Section";
import { getHeadlines, latestInCategory } from "@/lib/content/queries";
import { formatDate } from "@/lib/format";
import { articleHref, categoryHref, serviceLinks } from "@/lib/site/navigation";
import { site } from "@/lib/site/config";
import { modeOfSegment } from "@/lib/site/mode";

export const metadata: Metadata = { title: { absolute: site.name } };

const blocks = [
  { slug: "tzgg", title: "通知公告" },
  { slug: "zcwj", title: "政策文件" },
  { slug: "zcjd", title: "政策解读" },
  { slug: "bmdt", title: "部门动态" },
] as const;

export default async function HomePage({ params }: { params: Promise<{ mode: string }> }) {
  const elder = modeOfSegment((await params).mode) === "elder";
  const [headlines, news, ...lists] = await Promise.all([
    getHeadlines(5),
    latestInCategory("yaowen", 8),
    ...blocks.map((block) => latestInCategory(block.slug, elder ? 5 : 7)),
  ]);
  const [lead, ...otherHeadlines] = headlines;
  const columns = elder ? "grid gap-6" : "grid gap-6 md:grid-cols-2";

  return (
    <>
      <h1 className="sr-only">首页</h1>
      <div className={elder ? "grid gap-6" : "grid gap-6 md:grid-cols-[3fr_2fr]"}>
        <Section title="要闻动态" moreHref={categoryHref("yaowen")}>
          {lead && (
            <article className="mb-3">
              <h3 className="text-xl font-bold">
                <Link href={articleHref(lead.id)}>{lead.title}</Link>
              </h3>
              <p className="mt-1 text-muted">{lead.summary}</p>
              {lead.publishedAt && <p className="text-sm text-muted">{formatDate(lead.publishedAt)}</p>}
            </article>
          )}
          <ArticleList items={otherHeadlines.length > 0 ? otherHeadlines : news} elder={elder} />
        </Section>
        <Section title="最新动态" moreHref={categoryHref("yaowen")}>
          <ArticleList items={news} elder={elder} />
        </Section>
      </div>

      <section aria-labelledby="services-title" className="my-6">
        <h2 id="services-title" className="sr-only">
          互动与服务
        </h2>
        <ul className={elder ? "grid gap-4" : "grid gap-4 sm:grid-cols-3"}>
          {serviceLinks.map((service) => (
            <li key={service.label}>
              <Link
                href={service.href}
                className="block rounded border-2 border-gov-red bg-white p-4 text-center no-underline"
              >
                <span className="block text-xl font-bold text-gov-red">{service.label}</span>
                <span className="block text-sm text-muted">{service.description}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <div className={columns}>
        {blocks.map((block, index) => (
          <Section key={block.slug} title={block.title} moreHref={categoryHref(block.slug)}>
            <ArticleList items={lists[index] ?? []} elder={elder} />
          </Section>
        ))}
      </div>
    </>
  );
}
