// 统一社会信用代码 (GB 32100-2015): 18 characters from 31 (digits and capital letters without
// I, O, Z, S, V): 登记管理部门代码, 机构类别代码, 6-digit 登记管理机关行政区划码, the 9-character
// 主体标识码 (组织机构代码) and a check character over the first 17.

export const CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters (which must be from CREDIT_CODE_CHARS). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARS.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31]!;
}

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; message: string };

export function checkCreditCode(input: string): CreditCodeCheck {
  const code = input.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) {
    return { ok: false, message: "统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）" };
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { ok: false, message: "统一社会信用代码中的行政区划码应为 6 位数字" };
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, message: "统一社会信用代码校验位不正确，请核对" };
  return { ok: true, code };
}
