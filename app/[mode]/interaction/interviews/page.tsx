import type { Metadata } from "next";
import { InterviewList } from "@/components/interviews/InterviewList";
import { listPublishedInterviews } from "@/lib/interviews/public";

export const metadata: Metadata = { title: "嘉宾访谈 - 互动交流", description: "部门负责人在线访谈：直播、预告和往期回顾" };
export const generateStaticParams = () => [];
// Revalidated by every staff change; this moves an interview between 预告, 正在直播 and
// 往期回顾 within a minute when only the clock changed.
export const revalidate = 60;

export default async function InterviewsPage() {
  return <InterviewList lists={await listPublishedInterviews()} />;
}
