import Link from "next/link";

export interface FooterFacts {
  name: string;
  organizer: string;
  operator: string;
  phone: string;
  fax: string;
  address: string;
  postcode: string;
  marks: { label: string; text: string; href: string }[];
}

export function SiteFooter({ facts }: { facts: FooterFacts }) {
  return (
    <footer className="mt-12 border-t-4 border-gov-red bg-white text-sm">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-8">
        <nav aria-label="页脚导航">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li><Link href="/about">网站简介</Link></li>
            <li><Link href="/privacy">隐私保护</Link></li>
            <li><Link href="/disclaimer">免责声明</Link></li>
            <li><Link href="/contact">联系我们</Link></li>
            <li><Link href="/sitemap">网站地图</Link></li>
          </ul>
        </nav>
        <p>
          主办：{facts.organizer}　承办：{facts.operator}
        </p>
        <p>
          电话：{facts.phone}　传真：{facts.fax}
        </p>
        <p>
          地址：{facts.address}　邮编：{facts.postcode}
        </p>
        <ul aria-label="网站备案信息" className="flex flex-wrap gap-x-6 gap-y-1">
          {facts.marks.map((mark) => (
            <li key={mark.label}>
              {mark.label}：
              <a href={mark.href} rel="noopener noreferrer">
                {mark.text}
              </a>
            </li>
          ))}
        </ul>
        <p>
          <span className="inline-block rounded border border-green-800 px-2 py-0.5 font-semibold text-green-800">
            网站支持IPv6
          </span>
        </p>
      </div>
    </footer>
  );
}
