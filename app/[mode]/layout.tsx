import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { logoutAction } from "@/app/(accounts)/actions";
import { DwellBeacon } from "@/components/site/DwellBeacon";
import { SiteChrome } from "@/components/site/SiteChrome";
import { cachedCategoryTree } from "@/lib/content/queries";
import { site } from "@/lib/site/config";
import { parseVariant } from "@/lib/site/mode";

// Public pages render on their first request and are then served from the cache;
// changes made through the app call revalidatePath (docs/decisions/0003). The segment names
// the variant (mode, and whether the header shows the signed-in links: docs/decisions/0012).
export const revalidate = 600;
export const generateStaticParams = () => [];

// Every public page names its own title. The one that does not is the not-found state: a
// page's NotFoundPage (notFound() inside Suspense, for the 404 status) can make Next render the
// segment's not-found boundary with the layouts' metadata only, and a nested not-found.tsx
// cannot export metadata; so the layout's default title is the not-found page's.
export const metadata: Metadata = { title: { default: "页面不存在", template: `%s - ${site.name}` } };

export default async function PublicLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ mode: string }>;
}) {
  const variant = parseVariant((await params).mode);
  if (!variant) notFound();
  const tree = await cachedCategoryTree();
  return (
    <SiteChrome mode={variant.mode} signedIn={variant.signedIn} signOutAction={logoutAction} tree={tree}>
      {children}
      <DwellBeacon />
    </SiteChrome>
  );
}
