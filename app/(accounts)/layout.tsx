import type { Metadata } from "next";
import { cookies } from "next/headers";
import { SiteChrome } from "@/components/site/SiteChrome";
import { getCategoryTree } from "@/lib/content/queries";
import { ELDER_COOKIE, modeFromCookie } from "@/lib/site/mode";

// Account pages (/login, /register, /account/*) render per request, outside the cached
// public tree, in the same frame; they honour elder mode by reading its cookie themselves.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AccountsLayout({ children }: { children: React.ReactNode }) {
  const mode = modeFromCookie((await cookies()).get(ELDER_COOKIE)?.value);
  const tree = await getCategoryTree();
  return (
    <SiteChrome mode={mode} tree={tree}>
      <div className="mx-auto max-w-3xl rounded border border-line bg-white p-6">{children}</div>
    </SiteChrome>
  );
}
