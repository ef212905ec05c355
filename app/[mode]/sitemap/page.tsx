import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/site/Breadcrumb";
import { getSitemap } from "@/lib/content/queries";
import { categoryHref, serviceLinks } from "@/lib/site/navigation";

export const metadata: Metadata = { title: "网站地图" };

export default async function SitemapPage() {
  const { tree, pages } = await getSitemap();
  return (
    <article className="rounded border border-line bg-white p-6">
      <Breadcrumb trail={[{ label: "网站地图" }]} />
      <h1 className="mb-4 text-2xl font-bold">网站地图</h1>
      <h2 className="mb-2 mt-4 text-xl font-bold">栏目</h2>
      <ul className="space-y-2">
        {tree.map((category) => (
          <li key={category.slug}>
            <Link href={categoryHref(category.slug)} className="font-semibold">
              {category.name}
            </Link>
            {category.children.length > 0 && (
              <ul className="ml-6 mt-1 list-disc space-y-1">
                {category.children.map((child) => (
                  <li key={child.slug}>
                    <Link href={categoryHref(child.slug)}>{child.name}</Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <h2 className="mb-2 mt-6 text-xl font-bold">互动与服务</h2>
      <ul className="space-y-2">
        {serviceLinks.map((service) => (
          <li key={service.label}>
            <Link href={service.href}>{service.label}</Link>
          </li>
        ))}
      </ul>
      <h2 className="mb-2 mt-6 text-xl font-bold">关于本网站</h2>
      <ul className="space-y-2">
        {pages.map((page) => (
          <li key={page.slug}>
            <Link href={`/${page.slug}`}>{page.title}</Link>
          </li>
        ))}
      </ul>
    </article>
  );
}
