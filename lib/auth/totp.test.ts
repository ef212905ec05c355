import { expect, it } from "vitest";
import { sealSecret, openSecret } from "./secret-box";
import { encryptIdCard } from "./id-card";
import { base32Decode, base32Encode, generateTotpSecret, hotp, otpauthUri, timeStep, totp, verifyTotp } from "./totp";

// RFC 6238 appendix B, SHA-1 rows (8 digits), seed "12345678901234567890".
const SEED = Buffer.from("12345678901234567890");
const VECTORS: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

it("matches the RFC 6238 SHA-1 test vectors", () => {
  for (const [seconds, expected] of VECTORS) expect(hotp(SEED, timeStep(seconds * 1000), 8)).toBe(expected);
});

it("matches the RFC 4226 HOTP test values", () => {
  expect([0, 1, 2, 9].map((counter) => hotp(SEED, counter))).toEqual(["755224", "287082", "359152", "520489"]);
});

it("round-trips base32 and generates 6-digit codes that verify with one step of drift", () => {
  expect(base32Encode(SEED)).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  expect(base32Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").equals(SEED)).toBe(true);
  const secret = generateTotpSecret();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const now = 1_800_000_000_000;
  const code = totp(secret, now);
  expect(code).toMatch(/^\d{6}$/);
  expect(verifyTotp(secret, code, now)).toBe(timeStep(now));
  expect(verifyTotp(secret, code, now + 30_000)).toBe(timeStep(now));
  expect(verifyTotp(secret, code, now + 90_000)).toBeNull();
  expect(verifyTotp(secret, "12345", now)).toBeNull();
  expect(otpauthUri(secret, "a@b.cn")).toMatch(new RegExp(`^otpauth://totp/.+\\?secret=${secret}&issuer=.+&algorithm=SHA1&digits=6&period=30$`));
});

it("seals secrets bound to purpose and owner", () => {
  const sealed = sealSecret("totp", "SECRET", 7);
  expect(sealed).not.toContain("SECRET");
  expect(openSecret("totp", sealed, 7)).toBe("SECRET");
  expect(() => openSecret("totp", sealed, 8)).toThrow();
  expect(() => openSecret("totp", encryptIdCard("652301198001011230", 7), 7)).toThrow();
});
