import { hash, verify, type Algorithm } from "@node-rs/argon2";

// Password rules and hashing: argon2id with the OWASP-recommended minimum cost
// (19 MiB, 2 iterations, 1 lane). A stored hash carries its own parameters, so raising them
// later needs no migration.

// Algorithm.Argon2id is an ambient const enum (2), which isolatedModules cannot read.
const ARGON2ID = 2 as Algorithm;
const options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// Verified against when the e-mail is unknown, so that the answer takes as long either way.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword("dummy password for timing only");
  await verifyPassword(await dummyHash, password);
}
