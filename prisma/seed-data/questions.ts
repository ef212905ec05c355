import type { Db } from "@/lib/db/client";
import { addWorkingDays, loadCalendarExceptions } from "@/lib/mailbox/calendar";
import { ANSWER_WORKING_DAYS } from "@/lib/questions/fields";

// Demo 在线问答 and 常见问题 (lib/questions; demo seed only): answered public questions, one
// answered privately, one open and overdue and one open in the demo handler's departments,
// two waiting for the moderator; FAQ entries, one promoted from an answered question. The
// themes come with the migration. The search index is rebuilt by the caller.

const DAY = 86_400_000;

interface DemoQuestion {
  department: string;
  theme: string;
  title: string;
  content: string;
  state: "pending" | "open" | "answered";
  publicConsent: boolean;
  /** Days before the seed the question was asked; published a day later */
  daysAgo: number;
  answer?: string;
  faq?: boolean;
}

export const DEMO_QUESTIONS: DemoQuestion[] = [
  {
    department: "州教育局",
    theme: "教育",
    title: "孩子从外地转学到昌吉需要准备哪些材料",
    content: "我们全家今年从外地搬到昌吉市工作，孩子读小学三年级，想转入户籍所在片区的学校，请问需要准备哪些材料、到哪里办理？",
    state: "answered",
    publicConsent: true,
    daysAgo: 20,
    answer: "您好！义务教育阶段学生转学，请携带户口簿、房产证明或租房合同、学生原就读学校出具的学籍信息表，先到拟转入学校提出申请，由转入学校在全国中小学生学籍信息管理系统中发起转学申请，原学校和两地教育部门审核后即可办理完毕。具体片区学校可咨询州教育局基础教育科，电话 0994-2345678。",
  },
  {
    department: "州人力资源和社会保障局",
    theme: "社会保障",
    title: "灵活就业人员如何缴纳养老保险",
    content: "我目前没有固定单位，靠网约车收入生活，想以灵活就业人员身份参加职工养老保险，请问在哪里办理，缴费基数怎么选？",
    state: "answered",
    publicConsent: true,
    daysAgo: 15,
    answer: "您好！具有本州户籍或持有本州居住证的灵活就业人员，可通过“新疆智慧人社”App、政务服务网或到州政务服务中心二楼人社窗口办理参保登记。缴费基数可在全区上年度全口径城镇单位就业人员平均工资的 60% 至 300% 之间自主选择，按月、按季或按年缴纳。",
    faq: true,
  },
  {
    department: "州市场监督管理局",
    theme: "办事服务",
    title: "个体工商户营业执照可以网上办理吗",
    content: "我准备在小区门口开一家水果店，请问个体工商户营业执照能不能在网上申请，需要跑几次现场？",
    state: "answered",
    publicConsent: true,
    daysAgo: 10,
    answer: "您好！个体工商户设立登记可以全程网上办理：登录新疆政务服务网“企业开办一网通办”平台，填写经营者信息、经营场所和经营范围并上传身份证明，审核通过后可领取电子营业执照，需要纸质执照的可选择邮寄，无需到现场。",
  },
  {
    department: "州人力资源和社会保障局",
    theme: "社会保障",
    title: "社保缴费记录与实际不符怎么办",
    content: "我查询个人社保缴费记录时发现 2023 年有三个月没有记录，但单位说已经缴纳，请问应该怎么处理？",
    state: "answered",
    publicConsent: false,
    daysAgo: 9,
    answer: "您好！请携带身份证和工资发放记录到州政务服务中心二楼人社窗口申请核查，我们将会同您的单位核对缴费明细，核实后补录记录。",
  },
  {
    department: "州教育局",
    theme: "教育",
    title: "中小学课后服务收费标准在哪里查询",
    content: "孩子所在学校开始提供课后服务，请问收费标准是多少，家庭经济困难的学生能否减免？",
    state: "open",
    publicConsent: true,
    daysAgo: 12,
  },
  {
    department: "州发展和改革委员会",
    theme: "政策咨询",
    title: "小区新能源汽车充电桩建设有补贴吗",
    content: "我们小区业委会计划统一建设新能源汽车充电桩，请问州里对居民小区充电设施建设有没有补贴政策？",
    state: "open",
    publicConsent: true,
    daysAgo: 2,
  },
  {
    department: "州住房和城乡建设局",
    theme: "住房城建",
    title: "老旧小区改造怎么申请",
    content: "我们小区建于 1998 年，楼道和管网老化严重，请问老旧小区改造需要业主怎么申请，由谁来组织？",
    state: "pending",
    publicConsent: true,
    daysAgo: 1,
  },
  {
    department: "州教育局",
    theme: "教育",
    title: "幼儿园报名需要户口本原件吗",
    content: "今年秋季幼儿园报名，请问现场审核需要带户口本原件还是复印件就可以？",
    state: "pending",
    publicConsent: true,
    daysAgo: 0,
  },
];

export const DEMO_FAQ = [
  { department: "州市场监督管理局", theme: "办事服务", question: "企业设立登记一般需要多长时间？", answer: "材料齐全、符合法定形式的，企业设立登记在 1 个工作日内办结；通过“企业开办一网通办”平台同时申领发票和刻制印章的，全流程不超过 2 个工作日。" },
  { department: "州市场监督管理局", theme: "办事服务", question: "营业执照遗失了怎么办？", answer: "可通过新疆政务服务网申请补领营业执照，无需登报声明作废；也可携带身份证到州政务服务中心一楼企业开办专区办理。" },
  { department: "州教育局", theme: "教育", question: "义务教育阶段入学需要准备哪些材料？", answer: "一般需要户口簿、房产证明或租房合同、儿童预防接种证；随迁子女还需提供居住证和父母一方的就业或社保证明。具体以当年招生公告为准。" },
];

/** The demo questions and FAQ entries, when there are none yet. `residentId`: the demo resident. */
export async function seedDemoQuestions(client: Db, residentId: number | null, now = new Date()): Promise<void> {
  if (!residentId || (await client.question.count()) > 0) return;
  const [departments, themes, exceptions, moderator, handler] = await Promise.all([
    client.department.findMany({ select: { id: true, name: true } }),
    client.questionTheme.findMany({ select: { id: true, name: true } }),
    loadCalendarExceptions(client),
    client.user.findUnique({ where: { email: "moderator@demo.gov.cn" }, select: { id: true } }),
    client.user.findUnique({ where: { email: "admin@demo.gov.cn" }, select: { id: true } }),
  ]);
  const departmentId = new Map(departments.map((department) => [department.name, department.id]));
  const themeId = new Map(themes.map((theme) => [theme.name, theme.id]));
  const promoted = new Map<string, number>();
  for (const [index, question] of DEMO_QUESTIONS.entries()) {
    const department = departmentId.get(question.department);
    const theme = themeId.get(question.theme);
    if (!department || !theme) continue;
    const askedAt = new Date(now.getTime() - question.daysAgo * DAY);
    const publishedAt = new Date(askedAt.getTime() + DAY / 2);
    const published = question.state !== "pending";
    const answeredAt = question.state === "answered" ? new Date(publishedAt.getTime() + 2 * DAY) : null;
    const created = await client.question.create({
      data: {
        askerId: residentId,
        maskedName: "演**",
        departmentId: department,
        themeId: theme,
        title: question.title,
        content: question.content,
        publicConsent: question.publicConsent,
        state: question.state,
        submissionKey: `demo-question-seed-${index + 1}`,
        createdAt: askedAt,
        ...(published ? { dueAt: addWorkingDays(publishedAt, ANSWER_WORKING_DAYS, exceptions), moderatedAt: publishedAt, moderatedById: moderator?.id ?? null } : {}),
        ...(answeredAt ? { answer: question.answer ?? "", answeredAt, answeredById: handler?.id ?? null } : {}),
      },
      select: { id: true },
    });
    if (question.faq) promoted.set(question.title, created.id);
  }
  let order = 0;
  for (const entry of DEMO_FAQ) {
    const department = departmentId.get(entry.department);
    const theme = themeId.get(entry.theme);
    if (!department || !theme) continue;
    await client.faqEntry.create({ data: { departmentId: department, themeId: theme, question: entry.question, answer: entry.answer, sortOrder: ++order }, select: { id: true } });
  }
  for (const question of DEMO_QUESTIONS.filter((item) => item.faq)) {
    const source = promoted.get(question.title);
    const department = departmentId.get(question.department);
    const theme = themeId.get(question.theme);
    if (!source || !department || !theme) continue;
    await client.faqEntry.create({ data: { departmentId: department, themeId: theme, question: question.title, answer: question.answer ?? "", sourceQuestionId: source, sortOrder: ++order }, select: { id: true } });
  }
}
