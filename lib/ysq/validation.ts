import { z } from "zod";
import { checkIdCard } from "@/lib/accounts/validation";
import { checkCreditCode } from "./credit-code";
import {
  APPLICANT_TYPES,
  DELIVERY_METHODS,
  DESCRIPTION_MAX,
  ID_TYPES,
  PURPOSE_MAX,
  STAFF_CHANNELS,
  type ApplicantType,
  type Channel,
  type DeliveryMethod,
  type IdType,
} from "./fields";

// The rules of the 依申请公开 form (the national template's fields). One schema for both kinds
// of applicant: the fields of the other kind are ignored. Messages name the field in Chinese.
// The 证件号码 field is called idCard so the form helper never echoes it back (lib/forms/action.ts).
// Staff entering a request received by letter, in person or by fax (/admin/ysq/new) use the
// same rules plus the channel; the public form's channel is always "online".

const length = (value: string) => [...value].length;
/** A text field; its length is checked with the other rules below (in Chinese). */
const text = () => z.string().trim().optional().default("");
/** A mobile number or a landline with its area code, e.g. 0994-2345678. */
export const CONTACT_PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const EMAIL = z.email();

function requestSchema(entry: "online" | "staff") {
  return z
    .object({
      submissionKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "表单已失效，请刷新页面后重新填写"),
      applicantType: z.string().optional().default(""),
      name: text(),
      idType: z.string().optional().default(""),
      idCard: text(),
      orgName: text(),
      creditCode: text(),
      legalRepresentative: text(),
      contactPerson: text(),
      phone: text(),
      email: text(),
      address: text(),
      postalCode: text(),
      description: text(),
      purpose: text(),
      delivery: z.string().optional().default(""),
      declaration: z.string().optional().default(""),
      channel: z.string().optional().default(""),
    })
    // Every rule is checked here, after the fields were read as text, so that one submission
    // shows every error at once (zod skips refinements when the object itself failed).
    .superRefine((data, context) => {
      const issue = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
      const limit = (path: keyof typeof data, label: string, max: number) => {
        if (length(String(data[path])) > max) issue(path, `${label}不能超过 ${max} 个字`);
      };
      if (!(APPLICANT_TYPES as readonly string[]).includes(data.applicantType)) issue("applicantType", "请选择申请人类型");
      else if (data.applicantType === "citizen") {
        if (!data.name) issue("name", "请填写姓名");
        limit("name", "姓名", 50);
        if (!(ID_TYPES as readonly string[]).includes(data.idType)) issue("idType", "请选择证件类型");
        if (!data.idCard) issue("idCard", "请填写证件号码");
        else if (data.idType === "id_card") {
          const check = checkIdCard(data.idCard);
          if (!check.ok) issue("idCard", check.message);
        } else if (!/^[A-Za-z0-9-]{5,30}$/.test(data.idCard)) issue("idCard", "证件号码应为 5 至 30 位字母或数字");
        if (data.postalCode && !/^\d{6}$/.test(data.postalCode)) issue("postalCode", "邮政编码应为 6 位数字");
      } else {
        if (!data.orgName) issue("orgName", "请填写名称");
        limit("orgName", "名称", 100);
        if (!data.creditCode) issue("creditCode", "请填写统一社会信用代码");
        else {
          const check = checkCreditCode(data.creditCode);
          if (!check.ok) issue("creditCode", check.message);
        }
        if (!data.legalRepresentative) issue("legalRepresentative", "请填写法定代表人");
        limit("legalRepresentative", "法定代表人", 50);
        if (!data.contactPerson) issue("contactPerson", "请填写联系人");
        limit("contactPerson", "联系人", 50);
      }
      if (!data.phone) issue("phone", "请填写联系电话");
      else if (!CONTACT_PHONE.test(data.phone)) issue("phone", "联系电话应为 11 位手机号码或带区号的固定电话，例如 0994-2345678");
      if (data.email) {
        if (length(data.email) > 254 || !EMAIL.safeParse(data.email).success) issue("email", "电子邮箱格式不正确，例如 name@example.com");
      } else if (data.delivery === "email") issue("email", "选择以电子邮件获取信息时，请填写电子邮箱");
      if (!data.address) issue("address", "请填写通信地址");
      limit("address", "通信地址", 200);
      if (!data.description) issue("description", "请填写所需信息内容描述");
      else if (length(data.description) < 5) issue("description", "所需信息内容描述不能少于 5 个字");
      limit("description", "所需信息内容描述", DESCRIPTION_MAX);
      limit("purpose", "所需信息的用途", PURPOSE_MAX);
      if (!(DELIVERY_METHODS as readonly string[]).includes(data.delivery)) issue("delivery", "请选择获取信息的方式");
      if (data.declaration !== "on") issue("declaration", entry === "staff" ? "请确认申请人已签署声明" : "请阅读并勾选声明");
      if (entry === "staff" && !(STAFF_CHANNELS as readonly string[]).includes(data.channel)) issue("channel", "请选择收到申请的渠道");
    })
    .transform((data) => {
      const citizen = data.applicantType === "citizen";
      return {
        submissionKey: data.submissionKey,
        applicantType: data.applicantType as ApplicantType,
        name: citizen ? data.name : data.orgName,
        idType: citizen ? (data.idType as IdType) : null,
        idNumber: citizen ? data.idCard.toUpperCase() : null,
        creditCode: citizen ? null : data.creditCode.toUpperCase(),
        legalRepresentative: citizen ? null : data.legalRepresentative,
        contactPerson: citizen ? null : data.contactPerson,
        phone: data.phone,
        email: data.email.toLowerCase(),
        address: data.address,
        postalCode: citizen ? data.postalCode || null : null,
        description: data.description,
        purpose: data.purpose || null,
        delivery: data.delivery as DeliveryMethod,
        channel: (entry === "staff" ? data.channel : "online") as Channel,
      };
    });
}

export const infoRequestSchema = requestSchema("online");
export const staffInfoRequestSchema = requestSchema("staff");

export type InfoRequestInput = z.output<typeof infoRequestSchema>;

export const YSQ_NUMBER_PATTERN = /^YSQ\d{8}-\d{4,10}$/;

export const trackSchema = z.object({
  number: z.string().trim().min(1, "请填写申请编号").max(40, "申请编号格式不正确，例如 YSQ20261202-0007"),
  code: z.string().trim().min(1, "请填写查询码").max(40, "查询码应为 12 位字母和数字"),
});

export const correctionAnswerSchema = trackSchema.extend({
  answer: z
    .string()
    .trim()
    .min(1, "请填写补正内容")
    .refine((value) => length(value) <= DESCRIPTION_MAX, `补正内容不能超过 ${DESCRIPTION_MAX} 个字`),
});
