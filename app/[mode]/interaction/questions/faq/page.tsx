import type { Metadata } from "next";
import { FaqList } from "@/components/questions/FaqList";
import { listPublicFaq, publicFilterChoices } from "@/lib/questions/public";

export const metadata: Metadata = { title: "常见问题 - 在线问答", description: "州政府各部门整理的常见问题和解答" };

// Every published entry, cached; revalidated when staff change an entry.
export const generateStaticParams = () => [];

export default async function FaqPage() {
  const filter = { departmentId: null, themeId: null };
  const [entries, choices] = await Promise.all([listPublicFaq(filter), publicFilterChoices()]);
  return <FaqList entries={entries} filter={filter} choices={choices} />;
}
