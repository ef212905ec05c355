import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundMessage } from "@/components/site/NotFoundMessage";
import { site } from "@/lib/site/config";

export const metadata: Metadata = { title: "页面不存在" };

// For URLs outside the public page tree; it renders without the database.
export default function NotFound() {
  return (
    <>
      <header className="bg-gov-red px-4 py-5 text-white">
        <Link href="/" className="text-2xl font-bold text-white">
          {site.name}
        </Link>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <NotFoundMessage />
      </main>
    </>
  );
}
