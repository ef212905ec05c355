import { registerSubmissionSource, type Tx } from "@/lib/accounts/submissions";
import { decryptBound } from "@/lib/auth/id-card";
import { idContext } from "./submit";
import { applicantDetails, applicantView } from "./track";

// 依申请公开's part in a resident's export and account deletion (lib/accounts/submissions.ts).
// Export: every request the signed-in resident made, with the applicant's details as given
// (the 证件号码 decrypted: it is the person's own), what the tracking page shows them (the steps
// meant for them, the answer and its files' names).
// Deletion: a request is an official record that the agency keeps with its files (the
// privacy policy says how long), as anonymous applicants' requests are: it stays, only the
// link to the account is dropped, as on the requests' own events.

export async function exportInfoRequests(tx: Tx, userId: number) {
  const requests = await tx.infoRequest.findMany({
    where: { userId },
    select: { ...applicantView, ...applicantDetails, id: false, submissionKey: true, idNumberCipher: true },
    orderBy: { createdAt: "asc" },
  });
  return requests.map(({ submissionKey, idNumberCipher, ...request }) => ({
    ...request,
    idNumber: idNumberCipher ? decryptBound(idNumberCipher, idContext(submissionKey)) : null,
  }));
}

export async function unlinkInfoRequests(tx: Tx, userId: number): Promise<void> {
  const requests = await tx.infoRequest.findMany({ where: { userId }, select: { id: true } });
  const ids = requests.map((request) => request.id);
  if (ids.length === 0) return;
  await tx.infoRequestEvent.updateMany({ where: { requestId: { in: ids }, actorId: userId }, data: { actorId: null, actorRole: null } });
  await tx.infoRequest.updateMany({ where: { id: { in: ids } }, data: { userId: null } });
}

registerSubmissionSource({ name: "infoRequests", export: exportInfoRequests, erase: unlinkInfoRequests });
