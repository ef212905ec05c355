import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import type { CategoryNode } from "@/lib/content/queries";
import { site } from "@/lib/site/config";
import type { Mode } from "@/lib/site/mode";
import { mainNavigation } from "@/lib/site/navigation";

/**
 * The page frame shared by the cached public pages (app/[mode]) and the per-request account
 * pages (app/(accounts)): skip link, header, main, footer. It holds nothing per user: only
 * whether someone is signed in, which picks the header's account links.
 */
export function SiteChrome({
  mode,
  signedIn,
  signOutAction,
  tree,
  children,
}: {
  mode: Mode;
  signedIn: boolean;
  signOutAction: () => Promise<void>;
  tree: CategoryNode[];
  children: React.ReactNode;
}) {
  return (
    <div className={mode === "elder" ? "elder" : "standard"}>
      <a href="#main" className="skip-link">
        跳到主要内容
      </a>
      <SiteHeader siteName={site.name} mode={mode} signedIn={signedIn} signOutAction={signOutAction} nav={mainNavigation(tree)} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter facts={site} />
    </div>
  );
}
