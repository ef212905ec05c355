import type { Metadata } from "next";
import { ConsultationList } from "@/components/consultations/ConsultationList";
import { listPublishedConsultations } from "@/lib/consultations/public";

export const metadata: Metadata = { title: "民意征集 - 互动交流", description: "政策文件草案公开征求意见，征集结束后公布意见采纳情况" };
export const generateStaticParams = () => [];

export default async function ConsultationsPage() {
  return <ConsultationList items={await listPublishedConsultations(null)} status={null} />;
}
