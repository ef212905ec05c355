import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import { EDUCATION_LEVELS } from "./fields";

export { EDUCATION_LEVELS, FIELD_LABELS, GENDERS } from "./fields";

// Rules for the personal data residents give us. Messages are shown beside each field and in
// the error summary, so each one names the field in Chinese. Forms send "" for an empty
// optional field; the schemas turn that into null (clears the field).

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** The GB 11643-1999 check character for the first 17 digits. */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/** `YYYY-MM-DD` if it names a real calendar date, else null. */
export function realDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Today's date in China (UTC+8), as YYYY-MM-DD. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export type IdCardCheck = { ok: true; number: string; birthDate: string } | { ok: false; message: string };

/** Checks an 18-character 身份证号码: format, birth date, GB 11643 check digit. */
export function checkIdCard(input: string, now = new Date()): IdCardCheck {
  const number = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(number)) return { ok: false, message: "身份证号码应为 18 位，前 17 位为数字，最后一位为数字或 X" };
  if (!/^[1-8]/.test(number)) return { ok: false, message: "身份证号码的地区代码无效" };
  const birthDate = realDate(Number(number.slice(6, 10)), Number(number.slice(10, 12)), Number(number.slice(12, 14)));
  if (!birthDate || birthDate < "1900-01-01" || birthDate > todayInChina(now)) {
    return { ok: false, message: "身份证号码中的出生日期无效" };
  }
  if (idCardCheckChar(number.slice(0, 17)) !== number[17]) return { ok: false, message: "身份证号码校验位不正确，请核对" };
  return { ok: true, number, birthDate };
}

export const PHONE_PATTERN = /^1[3-9]\d{9}$/;

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`)
    .transform((value) => value || null);

export const nameSchema = z.string().trim().min(1, "请填写姓名").max(50, "姓名不能超过 50 个字");
export const emailSchema = z
  .string()
  .trim()
  .min(1, "请填写电子邮箱")
  .max(254, "电子邮箱不能超过 254 个字符")
  .pipe(z.email("电子邮箱格式不正确，例如 name@example.com"))
  .transform((value) => value.toLowerCase());
export const phoneSchema = z
  .string()
  .trim()
  .min(1, "请填写手机号码")
  .regex(PHONE_PATTERN, "手机号码应为 11 位中国大陆手机号，以 13-19 开头");

export const birthDateSchema = z
  .string()
  .trim()
  .superRefine((value, context) => {
    if (!value) return;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = match && realDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (!date) context.addIssue({ code: "custom", message: "出生日期格式应为 年-月-日，例如 1980-05-01" });
    else if (date > todayInChina()) context.addIssue({ code: "custom", message: "出生日期不能晚于今天" });
    else if (date < "1900-01-01") context.addIssue({ code: "custom", message: "出生日期不能早于 1900 年" });
  })
  .transform((value) => value || null);

export const profileSchema = z
  .object({
    name: nameSchema,
    birthDate: birthDateSchema,
    gender: z
      .string()
      .transform((value) => value || null)
      .pipe(z.enum(["male", "female"], "请选择性别").nullable()),
    phone: phoneSchema,
    address: optionalText("联系地址", 200),
    /** Empty: keep the stored number. */
    idCard: z
      .string()
      .trim()
      .superRefine((value, context) => {
        if (!value) return;
        const check = checkIdCard(value);
        if (!check.ok) context.addIssue({ code: "custom", message: check.message });
      })
      .transform((value) => (value ? value.toUpperCase() : null)),
    clearIdCard: z.literal("on").optional(),
    education: z
      .string()
      .transform((value) => value || null)
      .pipe(z.enum(EDUCATION_LEVELS, "请从列表中选择学历").nullable()),
    occupation: optionalText("职业", 50),
  })
  .superRefine((data, context) => {
    if (data.idCard && data.birthDate) {
      const check = checkIdCard(data.idCard);
      if (check.ok && check.birthDate !== data.birthDate) {
        context.addIssue({ code: "custom", path: ["birthDate"], message: "出生日期与身份证号码中的出生日期不一致" });
      }
    }
  });
export type ProfileInput = z.infer<typeof profileSchema>;

export const registerSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    phone: phoneSchema,
    password: newPasswordSchema,
    confirmPassword: z.string(),
    acceptPrivacy: z.literal("on", "请阅读并同意隐私政策"),
  })
  .refine((data) => data.password === data.confirmPassword, { path: ["confirmPassword"], message: "两次输入的密码不一致" });
export type RegisterInput = z.infer<typeof registerSchema>;

export const loginSchema = z.object({
  email: z.string().trim().min(1, "请填写电子邮箱").max(254, "电子邮箱不能超过 254 个字符").transform((v) => v.toLowerCase()),
  password: z.string().min(1, "请填写密码").max(1024, "密码过长"),
});

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "请填写当前密码").max(1024, "密码过长"),
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((data) => data.password === data.confirmPassword, { path: ["confirmPassword"], message: "两次输入的密码不一致" });

export const passwordOnlySchema = z.object({ password: z.string().min(1, "请填写密码").max(1024, "密码过长") });

export const resetRequestSchema = z.object({ email: emailSchema });

export const passwordResetSchema = z
  .object({
    token: z.string().max(100),
    password: newPasswordSchema,
    confirmPassword: z.string(),
    code: z
      .string()
      .trim()
      .max(6, "请输入验证器显示的 6 位数字")
      .optional()
      .transform((value) => value || undefined),
  })
  .refine((data) => data.password === data.confirmPassword, { path: ["confirmPassword"], message: "两次输入的密码不一致" });
