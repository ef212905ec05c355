import type { Metadata, Viewport } from "next";
import { site } from "@/lib/site/config";
import "./globals.css";

export function generateMetadata(): Metadata {
  return {
    title: { default: site.name, template: `%s - ${site.name}` },
    description: `${site.name}门户网站：政务信息、政策文件、便民服务与互动交流。`,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
