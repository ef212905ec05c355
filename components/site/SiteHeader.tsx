import Link from "next/link";
import { SiteSearchBox } from "@/components/search/SiteSearchBox";
import { SiteLink } from "@/components/site/SiteLink";
import type { Mode } from "@/lib/site/mode";

export interface NavItem {
  href: string;
  label: string;
}

/** The site banner, the account links, the mode switch and the main navigation. */
export function SiteHeader({
  siteName,
  mode,
  signedIn,
  signOutAction,
  nav,
}: {
  siteName: string;
  mode: Mode;
  signedIn: boolean;
  signOutAction: () => Promise<void>;
  nav: NavItem[];
}) {
  const elder = mode === "elder";
  return (
    <header className="bg-gov-red text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-5">
        <Link href="/" className="text-2xl font-bold tracking-wide text-white no-underline">
          {siteName}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          {/* Generic links only: this header is part of cached pages (no name, nothing per person). */}
          <nav aria-label="账户">
            <ul className="flex flex-wrap items-center gap-3">
              {signedIn ? (
                <>
                  <li>
                    <SiteLink href="/account" className="font-semibold text-white">
                      个人中心
                    </SiteLink>
                  </li>
                  <li>
                    {/* A POST form: signing out works without JavaScript. */}
                    <form action={signOutAction}>
                      <button type="submit" className="cursor-pointer font-semibold text-white underline">
                        退出
                      </button>
                    </form>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <SiteLink href="/login" className="font-semibold text-white">
                      登录
                    </SiteLink>
                  </li>
                  <li>
                    <SiteLink href="/register" className="font-semibold text-white">
                      注册
                    </SiteLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <SiteSearchBox />
          <Link
            href={elder ? "/mode/standard" : "/mode/elder"}
            prefetch={false}
            className="rounded border border-white px-3 py-1 font-semibold text-white"
          >
            {elder ? "返回标准版" : "长者版"}
          </Link>
        </div>
      </div>
      <nav aria-label="主导航" className="bg-gov-red-dark">
        <ul className="mx-auto flex max-w-6xl flex-wrap px-2">
          {nav.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block px-3 py-2.5 font-medium text-white">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
