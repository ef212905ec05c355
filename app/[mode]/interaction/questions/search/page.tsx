import type { Metadata } from "next";
import { QuestionBoard } from "@/components/questions/QuestionBoard";
import { parsePublicFilter } from "@/lib/questions/fields";
import { listPublicQuestions, publicFilterChoices } from "@/lib/questions/public";

export const metadata: Metadata = { title: "问题筛选 - 在线问答" };

// One variant per query string (department, theme, 已回复/待回复, page): rendered per request;
// the unfiltered first page is /interaction/questions itself (cached).
export const dynamic = "force-dynamic";

export default async function QuestionSearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filter = parsePublicFilter(await searchParams);
  const [list, choices] = await Promise.all([listPublicQuestions(filter), publicFilterChoices()]);
  return <QuestionBoard filter={filter} list={list} choices={choices} />;
}
