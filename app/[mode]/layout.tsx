import { notFound } from "next/navigation";
import { logoutAction } from "@/app/(accounts)/actions";
import { DwellBeacon } from "@/components/site/DwellBeacon";
import { SiteChrome } from "@/components/site/SiteChrome";
import { cachedCategoryTree } from "@/lib/content/queries";
import { parseVariant } from "@/lib/site/mode";

// Public pages render on their first request and are then served from the cache;
// changes made through the app call revalidatePath (docs/decisions/0003). The segment names
// the variant (mode, and whether the header shows the signed-in links: docs/decisions/0012).
export const revalidate = 600;
export const generateStaticParams = () => [];

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
