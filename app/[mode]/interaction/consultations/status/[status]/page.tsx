import type { Metadata } from "next";
import { ConsultationList } from "@/components/consultations/ConsultationList";
import { NotFoundPage } from "@/components/site/NotFoundPage";
import { listPublishedConsultations } from "@/lib/consultations/public";
import { CONSULTATION_STATUSES, isConsultationStatus } from "@/lib/consultations/status";

export const generateStaticParams = () => [];

type Params = Promise<{ mode: string; status: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { status } = await params;
  return { title: isConsultationStatus(status) ? `${CONSULTATION_STATUSES[status]} - 民意征集` : "页面不存在" };
}

export default async function ConsultationsByStatusPage({ params }: { params: Params }) {
  const { status } = await params;
  if (!isConsultationStatus(status)) return <NotFoundPage />;
  return <ConsultationList items={await listPublishedConsultations(status)} status={status} />;
}
