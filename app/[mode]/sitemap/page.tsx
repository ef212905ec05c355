import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { getSitemap } from "@/lib/content/queries";
import { sitemapSections, type SitemapLink } from "@/lib/site/navigation";

export const metadata: Metadata = { title: "网站地图" };

function Links({ links }: { links: SitemapLink[] }) {
  return (
    <ul className="space-y-2">
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href}>{link.label}</Link>
          {link.children && link.children.length > 0 ? (
            <ul className="ml-6 mt-1 list-disc space-y-1">
              {link.children.map((child) => (
                <li key={child.href}>
                  <Link href={child.href}>{child.label}</Link>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export default async function SitemapPage() {
  const { tree, pages } = await getSitemap();
  const { categories, services, about } = sitemapSections(tree, pages);
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "网站地图" }]} />
      <h1 className="mb-4 text-2xl font-bold">网站地图</h1>
      <h2 className="mb-2 mt-4 text-xl font-bold">栏目</h2>
      <ul className="space-y-2">
        {categories.map((category) => (
          <li key={category.href}>
            <Link href={category.href} className="font-semibold">
              {category.label}
            </Link>
            {category.children.length > 0 && (
              <ul className="ml-6 mt-1 list-disc space-y-1">
                {category.children.map((child) => (
                  <li key={child.href}>
                    <Link href={child.href}>{child.label}</Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <h2 className="mb-2 mt-6 text-xl font-bold">互动与服务</h2>
      <Links links={services} />
      <h2 className="mb-2 mt-6 text-xl font-bold">关于本网站</h2>
      <Links links={about} />
    </article>
  );
}
