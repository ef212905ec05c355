// Field labels and fixed lists of the personal data, shared by the forms (client) and the
// validation (server). Nothing here may import server-only code.

export const FIELD_LABELS = {
  name: "姓名",
  birthDate: "出生日期",
  gender: "性别",
  phone: "手机号码",
  address: "联系地址",
  idCard: "身份证号码",
  email: "电子邮箱",
  education: "学历",
  occupation: "职业",
} as const;

export const EDUCATION_LEVELS = ["小学", "初中", "高中", "中专", "大专", "本科", "硕士研究生", "博士研究生", "其他"] as const;
export const GENDERS = { male: "男", female: "女" } as const;
