import type { Metadata } from "next";
import { QuestionDetail } from "@/components/questions/QuestionDetail";
import { NotFoundPage } from "@/components/site/NotFoundPage";
import { getPublicQuestion } from "@/lib/questions/public";

export const generateStaticParams = () => [];

type Params = Promise<{ mode: string; id: string }>;

async function load(params: Params) {
  const { id } = await params;
  return /^[1-9]\d{0,9}$/.test(id) && Number(id) <= 2_147_483_647 ? getPublicQuestion(Number(id)) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const question = await load(params);
  return { title: question ? `${question.title} - 在线问答` : "页面不存在" };
}

// A public question and its answer; unknown, pending, rejected and private ones: the not-found page.
export default async function QuestionPage({ params }: { params: Params }) {
  const question = await load(params);
  if (!question) return <NotFoundPage />;
  return <QuestionDetail question={question} />;
}
