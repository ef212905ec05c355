import type { Metadata } from "next";
import { cookies } from "next/headers";
import { SiteChrome } from "@/components/site/SiteChrome";
import { getCategoryTree } from "@/lib/content/queries";
import { ELDER_COOKIE, modeFromCookie, SESSION_COOKIE } from "@/lib/site/mode";
import { logoutAction } from "./actions";

// Account pages (/login, /register, /account/*) render per request, outside the cached
// public tree, in the same frame; they honour elder mode by reading its cookie themselves,
// and show the signed-in header links when the session cookie is there, as public pages do.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AccountsLayout({ children }: { children: React.ReactNode }) {
  const cookieStore = await cookies();
  const mode = modeFromCookie(cookieStore.get(ELDER_COOKIE)?.value);
  // A non-empty session cookie, as the public pages' rewrites decide (Next's matchHas).
  const signedIn = Boolean(cookieStore.get(SESSION_COOKIE)?.value);
  const tree = await getCategoryTree();
  return (
    <SiteChrome mode={mode} signedIn={signedIn} signOutAction={logoutAction} tree={tree}>
      <div className="mx-auto max-w-3xl rounded border border-line bg-white p-6">{children}</div>
    </SiteChrome>
  );
}
