import type { Metadata } from "next";
import { CommentSection } from "@/components/comments/CommentSection";
import { ConsultationDetail } from "@/components/consultations/ConsultationDetail";
import { NotFoundPage } from "@/components/site/NotFoundPage";
import { commentSection } from "@/lib/comments/public";
import { getPublishedConsultation } from "@/lib/consultations/public";
import { parseVariant } from "@/lib/site/mode";

export const generateStaticParams = () => [];

type Params = Promise<{ mode: string; id: string }>;

async function load(params: Params) {
  const { id } = await params;
  return /^[1-9]\d{0,9}$/.test(id) ? getPublishedConsultation(Number(id)) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const consultation = await load(params);
  return { title: consultation ? `${consultation.title} - 民意征集` : "页面不存在" };
}

export default async function ConsultationPage({ params }: { params: Params }) {
  const consultation = await load(params);
  if (!consultation) return <NotFoundPage />;
  const signedIn = parseVariant((await params).mode)?.signedIn ?? false;
  const comments = await commentSection("consultation", consultation.id);
  return (
    <ConsultationDetail consultation={consultation} signedIn={signedIn}>
      <CommentSection subject={{ kind: "consultation", id: consultation.id, path: `/interaction/consultations/${consultation.id}` }} open={comments.open} comments={comments.comments} signedIn={signedIn} />
    </ConsultationDetail>
  );
}
