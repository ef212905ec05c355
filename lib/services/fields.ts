import { z } from "zod";
import { lines, required, text } from "@/lib/forms/fields";
import { AUDIENCES, MATERIAL_FORMS, SERVICE_THEMES, SERVICE_TYPES, isServiceCode, type MaterialForm } from "./catalog";

// The staff form of a 办事指南 (zod, Chinese messages) and the typed lists stored as JSON
// text (docs/decisions/0017). The lists are typed as plain lines in textareas so the form
// works without JavaScript:
//   申请材料: one per line, "名称 | 原件/复印件/原件和复印件 | 份数 | 必需/非必需 | 备注"
//   办理流程: one step per line, in order
//   常见问题: "问：..." then "答：..." lines, one pair after another

export const materialSchema = z.object({
  name: z.string().min(1).max(100),
  form: z.enum(Object.keys(MATERIAL_FORMS) as [MaterialForm, ...MaterialForm[]]),
  copies: z.number().int().min(1).max(99),
  required: z.boolean(),
  note: z.string().max(200),
});
export type Material = z.infer<typeof materialSchema>;
export const faqSchema = z.object({ question: z.string().min(1).max(200), answer: z.string().min(1).max(1000) });
export type Faq = z.infer<typeof faqSchema>;

export const materialsJson = z.array(materialSchema).max(50);
export const stepsJson = z.array(z.string().min(1).max(300)).max(30);
export const faqJson = z.array(faqSchema).max(30);

/** A stored JSON list, checked; a malformed one reads as empty (never trusted blindly). */
export function readList<T>(schema: z.ZodType<T[]>, text: string): T[] {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const FORM_BY_LABEL = Object.fromEntries(Object.entries(MATERIAL_FORMS).map(([key, label]) => [label, key])) as Record<string, MaterialForm>;

const days = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, `${label}须为 0 至 999 的整数（工作日）`)
    .transform(Number);
const choice = (table: Record<string, string>, message: string) => z.string().refine((value) => Object.hasOwn(table, value), message);
const phone = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^[0-9+\-（）() ]{5,30}$/, `请填写正确的${label}，例如 0994-2345678`);

/** 申请材料 lines to the list; errors name the line. */
export const materialsField = z.string().transform((value, context) => {
  const result: Material[] = [];
  for (const [index, line] of lines(value).entries()) {
    const [name = "", form = "", copies = "1", need = "必需", note = ""] = line.split(/\s*[|｜]\s*/);
    const copiesNumber = Number(copies || "1");
    const problem =
      name === "" || name.length > 100
        ? "材料名称须为 1 至 100 个字"
        : !Object.hasOwn(FORM_BY_LABEL, form)
          ? "第二项须为 原件、复印件 或 原件和复印件"
          : !Number.isInteger(copiesNumber) || copiesNumber < 1 || copiesNumber > 99
            ? "份数须为 1 至 99 的整数"
            : need !== "必需" && need !== "非必需"
              ? "第四项须为 必需 或 非必需"
              : note.length > 200
                ? "备注不能超过 200 个字"
                : null;
    if (problem) {
      context.addIssue({ code: "custom", message: `申请材料第 ${index + 1} 行：${problem}` });
      continue;
    }
    result.push({ name, form: FORM_BY_LABEL[form]!, copies: copiesNumber, required: need === "必需", note });
  }
  if (result.length > 50) context.addIssue({ code: "custom", message: "申请材料不能超过 50 项" });
  return result;
});

export const stepsField = z.string().transform((value, context) => {
  const steps = lines(value).map((line) => line.replace(/^\d+[.、．]\s*/, ""));
  if (steps.length === 0) context.addIssue({ code: "custom", message: "请填写办理流程，每行一个步骤" });
  if (steps.length > 30) context.addIssue({ code: "custom", message: "办理流程不能超过 30 步" });
  if (steps.some((step) => step.length > 300)) context.addIssue({ code: "custom", message: "每个步骤不能超过 300 个字" });
  return steps;
});

export const faqField = z.string().transform((value, context) => {
  const result: Faq[] = [];
  let question: string | null = null;
  for (const line of lines(value)) {
    const q = /^问[:：]\s*(.*)$/.exec(line);
    const a = /^答[:：]\s*(.*)$/.exec(line);
    if (q) {
      if (question !== null) context.addIssue({ code: "custom", message: `常见问题“${question}”缺少以“答：”开头的答复` });
      question = q[1]!;
    } else if (a && question !== null) {
      result.push({ question, answer: a[1]! });
      question = null;
    } else if (result.length > 0 && question === null) {
      result.at(-1)!.answer += `\n${line}`;
    } else {
      context.addIssue({ code: "custom", message: "常见问题请按“问：……”一行、“答：……”一行填写" });
      return result;
    }
  }
  if (question !== null) context.addIssue({ code: "custom", message: `常见问题“${question}”缺少以“答：”开头的答复` });
  if (result.some((item) => !faqSchema.safeParse(item).success)) context.addIssue({ code: "custom", message: "每个问题不能超过 200 个字，每个答复不能超过 1000 个字" });
  if (result.length > 30) context.addIssue({ code: "custom", message: "常见问题不能超过 30 条" });
  return result;
});

/** An absolute https:// address without credentials (the 在线办理 link leaves the site). */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && !url.username && !url.password && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export const serviceGuideSchema = z
  .object({
    code: z
      .string()
      .trim()
      .refine(isServiceCode, "事项编码只能使用大写字母、数字和连字符，3 至 40 个字符，例如 11652300MB1234567X-XK-0001"),
    name: required("事项名称", 100),
    serviceType: choice(SERVICE_TYPES, "请选择事项类型"),
    departmentId: z.coerce.number({ error: "请选择实施主体" }).int("请选择实施主体").positive("请选择实施主体"),
    audience: choice(AUDIENCES, "请选择服务对象"),
    theme: choice(SERVICE_THEMES, "请选择主题"),
    conditions: required("办理条件", 5000),
    materials: materialsField,
    steps: stepsField,
    legalDays: days("法定时限"),
    promisedDays: days("承诺时限"),
    fee: text("收费标准", 500),
    location: required("办理地点", 300),
    hours: required("办理时间", 200),
    phone: phone("咨询电话"),
    complaintPhone: phone("监督投诉电话"),
    online: z.string().optional().transform((value) => value === "on"),
    onlineUrl: z
      .string()
      .trim()
      .max(500, "在线办理地址不能超过 500 个字符")
      .refine((value) => value === "" || isHttpsUrl(value), "在线办理地址须以 https:// 开头，例如 https://zwfw.xinjiang.gov.cn/..."),
    visits: z
      .string()
      .trim()
      .regex(/^\d$/, "到现场次数须为 0 至 9 的整数")
      .transform(Number),
    faq: faqField,
  })
  .superRefine((input, context) => {
    if (input.promisedDays > input.legalDays) context.addIssue({ code: "custom", path: ["promisedDays"], message: "承诺时限不能长于法定时限" });
    if (input.online && input.onlineUrl === "") context.addIssue({ code: "custom", path: ["onlineUrl"], message: "可在线办理的事项须填写以 https:// 开头的在线办理地址" });
  })
  .transform(({ online, onlineUrl, ...rest }) => ({ ...rest, onlineUrl: online ? onlineUrl : null }));
export type ServiceGuideInput = z.output<typeof serviceGuideSchema>;

export const SERVICE_GUIDE_FIELDS = {
  code: "事项编码",
  name: "事项名称",
  serviceType: "事项类型",
  departmentId: "实施主体",
  audience: "服务对象",
  theme: "主题",
  conditions: "办理条件",
  materials: "申请材料",
  steps: "办理流程",
  legalDays: "法定时限",
  promisedDays: "承诺时限",
  fee: "收费标准",
  location: "办理地点",
  hours: "办理时间",
  phone: "咨询电话",
  complaintPhone: "监督投诉电话",
  onlineUrl: "在线办理地址",
  visits: "到现场次数",
  faq: "常见问题",
} as const;

/** A stored guide's lists back as the form's text (for editing). */
export function materialsToText(materials: Material[]): string {
  return materials.map((item) => [item.name, MATERIAL_FORMS[item.form], String(item.copies), item.required ? "必需" : "非必需", item.note].join(" | ").replace(/ \| $/, "")).join("\n");
}
export const stepsToText = (steps: string[]) => steps.join("\n");
export const faqToText = (faq: Faq[]) => faq.map((item) => `问：${item.question}\n答：${item.answer}`).join("\n");
