"use client";

import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-6">
      <div className="rounded border border-line bg-white p-8">
        <h1 className="mb-4 text-2xl font-bold">页面暂时无法显示</h1>
        <p className="mb-4">服务器处理您的请求时出现问题，请稍后再试。如问题持续存在，请致电 0994-2586299 告知我们。</p>
        <p className="flex gap-4">
          <button type="button" onClick={reset} className="rounded bg-gov-red px-4 py-2 text-white">
            重试
          </button>
          <Link href="/" className="px-4 py-2">
            返回首页
          </Link>
        </p>
      </div>
    </main>
  );
}
