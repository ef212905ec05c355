import { notFound } from "next/navigation";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { getCategoryTree } from "@/lib/content/queries";
import { site } from "@/lib/site/config";
import { isMode } from "@/lib/site/mode";
import { mainNavigation } from "@/lib/site/navigation";

// Public pages render on their first request and are then served from the cache;
// lib/content/revalidate.ts refreshes them when content changes.
export const revalidate = 600;
export const generateStaticParams = () => [];

export default async function PublicLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ mode: string }>;
}) {
  const { mode } = await params;
  if (!isMode(mode)) notFound();
  const tree = await getCategoryTree();
  return (
    <div className={mode === "elder" ? "elder" : "standard"}>
      <a href="#main" className="skip-link">
        跳到主要内容
      </a>
      <SiteHeader siteName={site.name} mode={mode} nav={mainNavigation(tree)} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter facts={site} />
    </div>
  );
}
