import { db } from "@/lib/db/client";
import { record } from "@/lib/audit/audit";
import { decryptIdCard, maskIdCard } from "@/lib/auth/id-card";
import { can, type Actor } from "@/lib/auth/permissions";

// Staff access to a resident's personal data. Every opening is checked ("read:profile:any")
// and audited (action "profile.view"), and the resident sees it on /account
// (谁查看了我的信息). The ID number is only ever returned masked. The profile page of user
// management (/admin/users/[id]) shows a resident's data through this function only.

export interface ResidentProfileView {
  id: number;
  email: string;
  createdAt: Date;
  disabledAt: Date | null;
  name: string;
  phone: string;
  birthDate: string | null;
  gender: string | null;
  address: string | null;
  idCardMasked: string | null;
  education: string | null;
  occupation: string | null;
}

export type ViewResult = { ok: true; profile: ResidentProfileView } | { ok: false; reason: "denied" | "not_found" };

export async function viewResidentProfile(staff: Actor, userId: number, ip: string | null = null, now = new Date()): Promise<ViewResult> {
  if (!can(staff, "read:profile:any")) {
    await record({ actor: staff, action: "profile.view", outcome: "denied", targetType: "user", targetId: userId, ip, at: now });
    return { ok: false, reason: "denied" };
  }
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      role: true,
      createdAt: true,
      disabledAt: true,
      profile: {
        select: { name: true, phone: true, birthDate: true, gender: true, address: true, idCardCipher: true, education: true, occupation: true },
      },
    },
  });
  if (!user?.profile || user.role !== "resident") {
    await record({ actor: staff, action: "profile.view", outcome: "failed", targetType: "user", targetId: userId, ip, at: now });
    return { ok: false, reason: "not_found" };
  }
  const { idCardCipher, ...profile } = user.profile;
  await record({ actor: staff, action: "profile.view", outcome: "success", targetType: "user", targetId: userId, ip, at: now });
  return {
    ok: true,
    profile: {
      id: user.id,
      email: user.email,
      createdAt: user.createdAt,
      disabledAt: user.disabledAt,
      ...profile,
      idCardMasked: idCardCipher ? maskIdCard(decryptIdCard(idCardCipher, user.id)) : null,
    },
  };
}
