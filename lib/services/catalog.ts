// The fixed vocabularies of a 办事指南 (docs/decisions/0017). Kept as data in code, not as
// tables: they come from the national 政务服务事项 catalogue and change with a release, not
// by staff. A guide stores the key; the public pages and the staff form show the label.

/** 事项类型 */
export const SERVICE_TYPES = {
  xk: "行政许可",
  gf: "行政给付",
  qr: "行政确认",
  cj: "行政裁决",
  jl: "行政奖励",
  qt: "其他行政权力",
  gg: "公共服务",
} as const;
export type ServiceType = keyof typeof SERVICE_TYPES;

/** 服务对象 */
export const AUDIENCES = {
  person: "个人",
  legal: "法人",
  both: "个人、法人",
} as const;
export type Audience = keyof typeof AUDIENCES;

/** The two directory tabs: 个人服务 lists person + both, 法人服务 legal + both. */
export const AUDIENCE_TABS = {
  person: "个人服务",
  legal: "法人服务",
} as const;
export type AudienceTab = keyof typeof AUDIENCE_TABS;

/** 主题, in the order the directory shows them; the key is the URL's ?theme= value. */
export const SERVICE_THEMES = {
  shengyu: "生育收养",
  huji: "户籍办理",
  jiaoyu: "教育",
  jiuye: "就业创业",
  shebao: "社会保障",
  yiliao: "医疗卫生",
  zhufang: "住房保障",
  jiaotong: "交通出行",
  hunyin: "婚姻登记",
  kaiban: "企业开办",
  nashui: "经营纳税",
  gongcheng: "工程建设",
} as const;
export type ServiceTheme = keyof typeof SERVICE_THEMES;

/** 申请材料: 原件, 复印件, or both */
export const MATERIAL_FORMS = {
  original: "原件",
  copy: "复印件",
  both: "原件和复印件",
} as const;
export type MaterialForm = keyof typeof MATERIAL_FORMS;

const has = <T extends object>(table: T, value: string): value is Extract<keyof T, string> => Object.hasOwn(table, value);
export const isServiceType = (value: string): value is ServiceType => has(SERVICE_TYPES, value);
export const isAudience = (value: string): value is Audience => has(AUDIENCES, value);
export const isAudienceTab = (value: string): value is AudienceTab => has(AUDIENCE_TABS, value);
export const isServiceTheme = (value: string): value is ServiceTheme => has(SERVICE_THEMES, value);

/** The label of a stored key (the key itself if the vocabulary no longer has it). */
export function labelOf(table: Record<string, string>, key: string): string {
  return Object.hasOwn(table, key) ? table[key]! : key;
}

/**
 * 事项编码: the implementing body's 统一社会信用代码 (18 characters), the type, a number,
 * e.g. 11652300MB1234567X-XK-0001; upper-case letters, digits and hyphens. The public URL
 * /services/<code> accepts only this shape (lib/site/public-routes.mjs SERVICE_CODE).
 */
export const SERVICE_CODE_PATTERN = /^[0-9A-Z][0-9A-Z-]{2,39}$/;
export const isServiceCode = (value: string) => SERVICE_CODE_PATTERN.test(value);
