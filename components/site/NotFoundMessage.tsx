import Link from "next/link";

export function NotFoundMessage() {
  return (
    <div className="rounded border border-line bg-white p-8">
      <h1 className="mb-4 text-2xl font-bold">页面不存在</h1>
      <p className="mb-4">您要访问的页面不存在或已被删除，请检查网址是否正确。</p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <Link href="/">返回首页</Link>
        </li>
        <li>
          <Link href="/sitemap">查看网站地图</Link>
        </li>
      </ul>
    </div>
  );
}
