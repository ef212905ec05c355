import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/content/ArticleList";
import { Pagination } from "@/components/content/Pagination";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { NotFoundPage } from "@/components/site/NotFoundPage";
import { getCategory, listArticles } from "@/lib/content/queries";
import { modeOfSegment } from "@/lib/site/mode";
import { categoryHref, sectionHref } from "@/lib/site/navigation";

export const generateStaticParams = () => [];

type Params = Promise<{ mode: string; slug: string; page?: string[] }>;

/** /category/x is page 1, /category/x/2 page 2; anything else is not a page. */
function pageNumber(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1;
  const [value] = segments;
  if (segments.length > 1 || !value || !/^[1-9]\d{0,4}$/.test(value) || value === "1") return null;
  return Number(value);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const category = await getCategory(slug);
  return { title: category?.name ?? "页面不存在" };
}

export default async function CategoryPage({ params }: { params: Params }) {
  const { mode, slug, page: segments } = await params;
  const page = pageNumber(segments);
  const category = await getCategory(slug);
  if (!category || page === null) return <NotFoundPage />;
  const elder = modeOfSegment(mode) === "elder";
  const { items, pageCount, total } = await listArticles(
    category.id,
    category.children.map((child) => child.id),
    page,
  );
  if (page > pageCount) return <NotFoundPage />;

  const trail = [
    ...(category.parent ? [{ label: category.parent.name, href: sectionHref(category.parent.slug) }] : []),
    { label: category.name },
  ];
  return (
    <>
      <Breadcrumb trail={trail} />
      <h1 className="mb-2 text-2xl font-bold">{category.name}</h1>
      {category.description && <p className="mb-4 text-muted">{category.description}</p>}
      {category.children.length > 0 && (
        <nav aria-label={`${category.name}子栏目`} className="mb-4">
          <ul className="flex flex-wrap gap-3">
            {category.children.map((child) => (
              <li key={child.slug}>
                <Link href={categoryHref(child.slug)} className="block rounded border border-line bg-white px-3 py-1">
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p className="mb-2 text-sm text-muted">共 {total} 条</p>
      <ArticleList items={items} elder={elder} className="rounded border border-line bg-white px-4" />
      <Pagination basePath={categoryHref(category.slug)} page={page} pageCount={pageCount} />
    </>
  );
}
