import type { Metadata } from "next";
import { FaqList } from "@/components/questions/FaqList";
import { parsePublicFilter } from "@/lib/questions/fields";
import { listPublicFaq, publicFilterChoices } from "@/lib/questions/public";

export const metadata: Metadata = { title: "常见问题筛选 - 在线问答" };

// One variant per query string (department, theme): rendered per request.
export const dynamic = "force-dynamic";

export default async function FaqSearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { departmentId, themeId } = parsePublicFilter(await searchParams);
  const [entries, choices] = await Promise.all([listPublicFaq({ departmentId, themeId }), publicFilterChoices()]);
  return <FaqList entries={entries} filter={{ departmentId, themeId }} choices={choices} />;
}
