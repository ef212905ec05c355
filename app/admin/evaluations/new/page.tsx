import type { Metadata } from "next";
import Link from "next/link";
import { RoundForm } from "@/components/evaluations/admin-forms";
import { requireStaffPermission } from "@/lib/auth/current";
import { newRoundForm, objectChoices } from "@/lib/evaluations/admin";

export const metadata: Metadata = { title: "新建评议" };

export default async function NewRoundPage() {
  await requireStaffPermission("manage:evaluation:any", "/admin/evaluations/new");
  const choices = await objectChoices();
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/evaluations">返回网上评议</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">新建评议</h1>
      <RoundForm id={null} stored={newRoundForm()} choices={choices} />
    </>
  );
}
