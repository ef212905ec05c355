import { describe, expect, it } from "vitest";
import { checkCreditCode, creditCodeCheckChar } from "./credit-code";

describe("统一社会信用代码 (GB 32100)", () => {
  it("accepts real codes, lower-case too", () => {
    for (const code of ["914403001922038216", "91110000100006485K", "9111000071093123XX"]) {
      expect(checkCreditCode(code)).toEqual({ ok: true, code });
    }
    expect(checkCreditCode(" 91110000100006485k ")).toEqual({ ok: true, code: "91110000100006485K" });
  });

  it("computes the check character (31 - sum mod 31, with 31 as 0)", () => {
    expect(creditCodeCheckChar("91440300192203821")).toBe("6");
    expect(creditCodeCheckChar("91110000100006485")).toBe("K");
  });

  it("refuses a wrong check character, a wrong length and the letters I, O, Z, S, V", () => {
    expect(checkCreditCode("914403001922038217")).toMatchObject({ ok: false, message: expect.stringContaining("校验位") });
    expect(checkCreditCode("91440300192203821")).toMatchObject({ ok: false, message: expect.stringContaining("18 位") });
    expect(checkCreditCode("91440300192203821O")).toMatchObject({ ok: false });
    expect(checkCreditCode("9144030019220382S6")).toMatchObject({ ok: false });
    expect(checkCreditCode("91AB0300192203821 6")).toMatchObject({ ok: false });
  });

  it("refuses a region code that is not six digits", () => {
    expect(checkCreditCode("91A10000100006485K")).toMatchObject({ ok: false, message: expect.stringContaining("行政区划码") });
  });
});
