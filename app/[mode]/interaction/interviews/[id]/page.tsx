import type { Metadata } from "next";
import { InterviewDetail } from "@/components/interviews/InterviewDetail";
import { NotFoundPage } from "@/components/site/NotFoundPage";
import { getPublishedInterview } from "@/lib/interviews/public";
import { parseVariant } from "@/lib/site/mode";

export const generateStaticParams = () => [];
// Revalidated by every staff change (each turn too); within a minute when only the clock changed.
export const revalidate = 60;

type Params = Promise<{ mode: string; id: string }>;

async function load(params: Params) {
  const { id } = await params;
  return /^[1-9]\d{0,8}$/.test(id) ? getPublishedInterview(Number(id)) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const interview = await load(params);
  return { title: interview ? `${interview.title} - 嘉宾访谈` : "页面不存在" };
}

export default async function InterviewPage({ params }: { params: Params }) {
  const interview = await load(params);
  if (!interview) return <NotFoundPage />;
  const signedIn = parseVariant((await params).mode)?.signedIn ?? false;
  return <InterviewDetail interview={interview} signedIn={signedIn} />;
}
