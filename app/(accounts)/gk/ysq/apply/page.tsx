import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { ApplyForm } from "@/components/ysq/forms";
import { getSessionUser } from "@/lib/auth/current";
import { EXTENSION_WORKING_DAYS, REPLY_WORKING_DAYS } from "@/lib/ysq/fields";
import { applicantDefaults } from "@/lib/ysq/submit";

export const metadata: Metadata = { title: "政府信息公开申请" };

// The national template's form (依申请公开). No account is needed; a signed-in resident's
// details are pre-filled and the request is linked to the account. Renders per request.
export default async function ApplyPage() {
  const actor = await getSessionUser();
  const defaults = await applicantDefaults(actor);
  // One-time token of this form: a double click or a re-sent form finds the same request.
  const submissionKey = randomBytes(18).toString("base64url");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">政府信息公开申请</h1>
      <p className="mb-2">
        依据《中华人民共和国政府信息公开条例》，公民、法人或者其他组织可以向本机关申请获取政府信息。本机关自收到申请之日起 {REPLY_WORKING_DAYS} 个工作日内答复；需要延长答复期限的，经批准可延长一次，延长期限最长不超过 {EXTENSION_WORKING_DAYS} 个工作日。申请内容不明确的，本机关将一次性告知补正，补正期间不计算在答复期限内。
      </p>
      <p className="mb-6">
        提交后您会得到申请编号和查询码，凭此可在“<Link href="/gk/ysq/track" className="underline">申请查询</Link>”查看办理进度、补正要求和答复，无需登录。
      </p>
      <ApplyForm submissionKey={submissionKey} defaults={defaults} />
    </>
  );
}
