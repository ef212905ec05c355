import type { Metadata } from "next";
import { EditProfileForm } from "@/components/account/forms";
import { getMyAccount } from "@/lib/accounts/accounts";
import { requirePermission } from "@/lib/auth/current";

export const metadata: Metadata = { title: "修改我的信息" };

export default async function EditPage() {
  const actor = await requirePermission("update:profile:own", "/account/edit");
  const account = await getMyAccount(actor);
  if (!account) return <p>未找到您的账户资料。</p>;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">修改我的信息</h1>
      <EditProfileForm profile={account.profile} email={account.email} />
    </>
  );
}
