import type { Db } from "@/lib/db/client";

// The hook through which later modules (州长信箱 letters, comments, ...) take part in a
// resident's export and account deletion. A module registers one source in its own
// lib/<module>/ file and imports it from lib/accounts/sources.ts:
//
//   registerSubmissionSource({
//     name: "letters",
//     // everything the person submitted, complete and machine-readable
//     export: (tx, userId) => tx.letter.findMany({ where: { userId }, select: { ... } }),
//     // in the deletion transaction: delete private submissions; keep published ones as
//     // anonymous records - null the user id, name, contact details and ID number
//     erase: async (tx, userId) => { ... },
//   });
//
// Both run inside the transaction of exportAccount/deleteAccount (lib/accounts/accounts.ts),
// so a failure in any source leaves the account untouched. `erase` may return a clean-up to
// run after the transaction commits (e.g. removing stored files), never before.

export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface SubmissionSource {
  /** The key in the export's `submissions` object. */
  name: string;
  export(tx: Tx, userId: number): Promise<unknown[]>;
  erase(tx: Tx, userId: number): Promise<void | (() => Promise<void>)>;
}

const sources = new Map<string, SubmissionSource>();

export function registerSubmissionSource(source: SubmissionSource): void {
  sources.set(source.name, source);
}

export function submissionSources(): SubmissionSource[] {
  return [...sources.values()];
}
