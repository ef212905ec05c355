import type { Metadata } from "next";
import { ContactMap } from "@/components/content/ContactMap";
import { Prose } from "@/components/content/Prose";
import { ReadAloud } from "@/components/content/ReadAloud";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { NotFoundPage } from "@/components/site/NotFoundPage";
import { getPage } from "@/lib/content/queries";
import { formatDate } from "@/lib/format";
import { modeOfSegment, STATIC_PAGE_SLUGS } from "@/lib/site/mode";
import { INTERACTION_CRUMB, interactionLinks } from "@/lib/site/navigation";
import Link from "next/link";

export const generateStaticParams = () => [];

type Params = Promise<{ mode: string; slug: string }>;

async function load(params: Params) {
  const { slug } = await params;
  return (STATIC_PAGE_SLUGS as readonly string[]).includes(slug) ? getPage(slug) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await load(params))?.title ?? "页面不存在" };
}

export default async function StaticPage({ params }: { params: Params }) {
  const { mode } = await params;
  const page = await load(params);
  if (!page) return <NotFoundPage />;
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: page.title }]} />
      <h1 className="mb-4 text-2xl font-bold" data-read-aloud>
        {page.title}
      </h1>
      {modeOfSegment(mode) === "elder" && <ReadAloud />}
      <div data-read-aloud>
        <Prose markdown={page.body} />
      </div>
      {page.slug === "contact" && <ContactMap />}
      {`/${page.slug}` === INTERACTION_CRUMB.href && (
        <nav aria-label="互动交流栏目" className="mt-6">
          <ul className="space-y-2">
            {interactionLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="font-semibold underline">
                  {link.label}
                </Link>
                ：{link.description}
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p className="mt-6 text-sm text-muted">更新日期：{formatDate(page.updatedAt)}</p>
    </article>
  );
}
