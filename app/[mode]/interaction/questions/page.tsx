import type { Metadata } from "next";
import { QuestionBoard } from "@/components/questions/QuestionBoard";
import { parsePublicFilter } from "@/lib/questions/fields";
import { listPublicQuestions, publicFilterChoices } from "@/lib/questions/public";

export const metadata: Metadata = { title: "在线问答 - 互动交流", description: "向州政府部门咨询政策和办事问题，查看已公开的回复" };

// The first page of 已回复, unfiltered: cached like every public page, revalidated when a
// question is published, answered or withdrawn (lib/questions/revalidate.ts).
export const generateStaticParams = () => [];

export default async function QuestionsPage() {
  const filter = parsePublicFilter({});
  const [list, choices] = await Promise.all([listPublicQuestions(filter), publicFilterChoices()]);
  return <QuestionBoard filter={filter} list={list} choices={choices} />;
}
