import type { Db } from "@/lib/db/client";

// Demo 嘉宾访谈 (lib/interviews; demo seed only): one archived interview with its transcript,
// an answered question from the demo resident and a summary, and one upcoming interview.

const DAY = 86_400_000;
const HOUR = 3_600_000;

const archivedTurns: { role: "host" | "guest" | "netizen"; speaker: string; body: string }[] = [
  { role: "host", speaker: "主持人 李欣", body: "各位网友，大家好！欢迎收看本期嘉宾访谈。今天我们邀请到州人力资源和社会保障局的负责同志，围绕今冬明春稳就业政策与大家在线交流。" },
  { role: "guest", speaker: "马建国", body: "各位网友好！很高兴通过州政府门户网站和大家交流。今年我们重点做好高校毕业生、农村劳动力和就业困难人员三类群体的就业服务。" },
  { role: "host", speaker: "主持人 李欣", body: "请您介绍一下今年新出台的一次性扩岗补助政策。" },
  { role: "guest", speaker: "马建国", body: "企业招用毕业年度或离校两年内未就业的高校毕业生，签订劳动合同并按规定缴纳社会保险的，按每人 1500 元发放一次性扩岗补助，企业可在“昌吉人社”办事大厅在线申请。" },
  { role: "netizen", speaker: "网友 演**", body: "外出务工人员回乡后，怎样了解本地的招聘信息？" },
  { role: "guest", speaker: "马建国", body: "各县市区的零工市场每周都举办招聘活动，岗位信息同步发布在州人社局网站和“就业在昌吉”小程序上，也可以拨打 12333 咨询。" },
  { role: "host", speaker: "主持人 李欣", body: "感谢马局长的详细解答，也感谢各位网友的积极参与。本期访谈到此结束，再见！" },
];

export async function seedDemoInterviews(client: Db, residentId: number | null, now = new Date()): Promise<void> {
  if ((await client.interview.count()) > 0) return;
  const archivedStart = new Date(now.getTime() - 10 * DAY);
  await client.$transaction(async (tx) => {
    const archived = await tx.interview.create({
      data: {
        title: "稳就业政策解读：今冬明春就业服务怎么做",
        host: "李欣",
        startsAt: archivedStart,
        endsAt: new Date(archivedStart.getTime() + 1.5 * HOUR),
        intro: "围绕今冬明春稳就业工作，州人力资源和社会保障局负责同志在线解读一次性扩岗补助、零工市场和职业技能培训等政策，回答网友提问。",
        summary: "本期访谈介绍了一次性扩岗补助（每人 1500 元）的申领条件和渠道、各县市区零工市场的招聘安排和职业技能培训补贴，回答了网友关于返乡务工人员求职的问题。",
        published: true,
        publishedAt: new Date(archivedStart.getTime() - 3 * DAY),
        guests: { create: [{ name: "马建国", post: "党组书记、局长", department: "州人力资源和社会保障局", bio: "长期从事劳动就业和社会保障工作。", sortOrder: 1 }] },
      },
      select: { id: true },
    });
    let turnAt = archivedStart.getTime();
    for (const turn of archivedTurns) {
      turnAt += 4 * 60_000;
      const { id } = await tx.interviewTurn.create({ data: { interviewId: archived.id, ...turn, createdAt: new Date(turnAt) }, select: { id: true } });
      if (turn.role === "netizen") {
        await tx.interviewQuestion.create({
          data: {
            interviewId: archived.id,
            authorId: residentId,
            maskedName: residentId ? "演**" : "匿名",
            body: turn.body,
            status: "approved",
            putToGuest: true,
            answeredTurnId: id,
            moderatedAt: new Date(archivedStart.getTime() - HOUR),
            createdAt: new Date(archivedStart.getTime() - 2 * HOUR),
          },
          select: { id: true },
        });
      }
    }
    const upcomingStart = new Date(now.getTime() + 7 * DAY);
    await tx.interview.create({
      data: {
        title: "冬季供暖保障和用热服务",
        host: "李欣",
        startsAt: upcomingStart,
        endsAt: new Date(upcomingStart.getTime() + 1.5 * HOUR),
        intro: "州住房和城乡建设局负责同志将介绍本供暖季的保障措施、室温不达标退费办法和报修渠道。欢迎网友提前提问。",
        published: true,
        publishedAt: now,
        guests: {
          create: [
            { name: "王志强", post: "副局长", department: "州住房和城乡建设局", bio: "分管城市供热和市政公用事业。", sortOrder: 1 },
            { name: "陈丽", post: "总经理", department: "昌吉市热力公司", bio: "", sortOrder: 2 },
          ],
        },
      },
      select: { id: true },
    });
  });
}
