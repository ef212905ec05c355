"use client";

// Shown when even the root layout fails; it brings its own <html>.
export default function GlobalError() {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", padding: "2rem" }}>
        <main>
          <h1>网站暂时无法访问</h1>
          <p>服务器出现问题，请稍后再试。如问题持续存在，请致电 0994-2586299 告知我们。</p>
          <p>
            {/* A full page load on purpose: the app shell itself has failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">返回首页</a>
          </p>
        </main>
      </body>
    </html>
  );
}
