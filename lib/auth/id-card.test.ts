import { expect, it } from "vitest";
import { decryptIdCard, encryptIdCard, maskIdCard } from "./id-card";

it("encrypts with a fresh IV and decrypts for the same user only", () => {
  const a = encryptIdCard("11010519491231002X", 1);
  const b = encryptIdCard("11010519491231002X", 1);
  expect(a).not.toBe(b);
  expect(a).not.toContain("11010519491231002X");
  expect(decryptIdCard(a, 1)).toBe("11010519491231002X");
  expect(() => decryptIdCard(a, 2)).toThrow();
  const tampered = a.slice(0, -4) + (a.endsWith("AAAA") ? "BBBB" : "AAAA");
  expect(() => decryptIdCard(tampered, 1)).toThrow();
});

it("masks all but the first 6 and last 4 characters", () => {
  expect(maskIdCard("652301198001011234")).toBe("652301********1234");
  expect(maskIdCard("11010519491231002X")).toBe("110105********002X");
});
