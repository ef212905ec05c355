import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-2xl font-bold">无权访问</h1>
      <p className="mt-4">您没有访问此页面或执行此操作的权限。</p>
      <p className="mt-4">
        <Link href="/">返回首页</Link>
      </p>
    </main>
  );
}
