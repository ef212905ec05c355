import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

// What a new password must be (registration, password change).

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `密码至少需要 ${PASSWORD_MIN} 个字符`)
  .max(PASSWORD_MAX, `密码不能超过 ${PASSWORD_MAX} 个字符`)
  .refine((value) => !isCommonPassword(value), "该密码过于常见或已在泄露的密码中出现，请换一个");
