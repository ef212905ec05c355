import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { AskForm } from "@/components/questions/AskForm";
import { StatusNotice } from "@/components/site/StatusNotice";
import { getSessionUser, requirePermission } from "@/lib/auth/current";
import { publicFilterChoices } from "@/lib/questions/public";
import { ANSWER_WORKING_DAYS, QUESTIONS_PER_DAY } from "@/lib/questions/fields";

export const metadata: Metadata = { title: "我要提问 - 在线问答" };

// The question form for signed-in residents; anyone else gets a sign-in link. Rendered per
// request (it reads the session); each rendering carries a fresh one-time submission key.
export default async function AskPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const signedIn = await getSessionUser();
  const sent = (await searchParams).sent;
  const intro = (
    <>
      <p className="mb-2">
        <Link href="/interaction/questions">返回在线问答</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">我要提问</h1>
      <p className="mb-4">
        提问经审核后转咨询部门，部门在审核通过后 {ANSWER_WORKING_DAYS} 个工作日内回复。同意公开的问题和回复会在在线问答栏目公开，提问人姓名只显示姓氏。每人 24 小时内最多提问 {QUESTIONS_PER_DAY} 次。
      </p>
    </>
  );
  if (!signedIn) {
    return (
      <>
        {intro}
        <p>
          提问需要先<Link href="/login?next=/interaction/questions/ask" className="underline">登录</Link>；还没有账户的请先<Link href="/register" className="underline">注册</Link>。
        </p>
      </>
    );
  }
  await requirePermission("write:question:own", "/interaction/questions/ask");
  const choices = await publicFilterChoices();
  return (
    <>
      {intro}
      {typeof sent === "string" && /^[1-9]\d{0,9}$/.test(sent) ? (
        <StatusNotice>
          问题已提交，审核通过后转咨询部门办理。您可以在<Link href="/account#questions" className="underline">个人中心</Link>查看办理状态和回复。
        </StatusNotice>
      ) : null}
      <AskForm departments={choices.departments} themes={choices.themes} submissionKey={randomBytes(18).toString("base64url")} />
    </>
  );
}
