import { notFound } from "next/navigation";
import { DwellBeacon } from "@/components/site/DwellBeacon";
import { SiteChrome } from "@/components/site/SiteChrome";
import { getCategoryTree } from "@/lib/content/queries";
import { isMode } from "@/lib/site/mode";

// Public pages render on their first request and are then served from the cache;
// changes made through the app call revalidatePath (docs/decisions/0003).
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
    <SiteChrome mode={mode} tree={tree}>
      {children}
      <DwellBeacon />
    </SiteChrome>
  );
}
