import { randomBytes } from "node:crypto";

// 依申请公开 test data: the public form's fields of a citizen applicant, valid as they are.

export const requestKey = () => randomBytes(18).toString("base64url");

export const citizenForm = (overrides: Record<string, string> = {}) => ({
  submissionKey: requestKey(),
  applicantType: "citizen",
  name: "张三",
  idType: "id_card",
  idCard: "11010519491231002X",
  phone: "13912345678",
  email: "zhang@example.com",
  address: "新疆昌吉市延安北路 1 号",
  postalCode: "831100",
  description: "请公开 2025 年昌吉市老旧小区改造项目的资金安排情况。",
  purpose: "了解本小区改造进度",
  delivery: "email",
  declaration: "on",
  ...overrides,
});
