import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { generateTrackingCode, hashTrackingCode, letterNumber } from "@/lib/mailbox/codes";

// Demo letters of the demo resident, already answered, rated and published, so /mailbox
// shows public letters and statistics on a demo database. Demo seed only.

const DAY = 86_400_000;

const demoLetters = [
  {
    daysAgo: 24,
    type: "suggest",
    title: "建议在延安北路小区门口增设公交站点",
    content: "延安北路北段新建小区入住居民较多，最近的公交站距离约一公里，老人和孩子出行不便，建议在小区门口增设公交站点。",
    reply: "您好！经州交通运输局现场踏勘，已协调公交公司在延安北路小区南门增设“延安北路北”站点，2 路、9 路公交车自下月起停靠。感谢您的建议。",
    rating: "satisfied",
  },
  {
    daysAgo: 12,
    type: "consult",
    title: "咨询灵活就业人员参加职工医保的办理流程",
    content: "本人为灵活就业人员，想咨询以个人身份参加职工基本医疗保险需要哪些材料、在哪里办理，缴费标准是多少。",
    reply: "您好！灵活就业人员可携带身份证到户籍所在地或居住地医保经办窗口办理参保登记，也可通过“新疆医保”服务平台网上办理。缴费基数按上年度全州职工平均工资的 60% 至 300% 自主选择。",
    rating: "basic",
  },
] as const;

export async function seedDemoLetters(client: Db, writerId: number, now = new Date()): Promise<void> {
  if ((await client.letter.count()) > 0) return;
  for (const letter of demoLetters) {
    const createdAt = new Date(now.getTime() - letter.daysAgo * DAY);
    const acceptedAt = new Date(createdAt.getTime() + DAY);
    const repliedAt = new Date(createdAt.getTime() + 6 * DAY);
    const submissionKey = randomBytes(18).toString("base64url");
    const created = await client.letter.create({
      data: {
        number: `pending-${submissionKey}`,
        trackingCodeHash: hashTrackingCode(generateTrackingCode()),
        submissionKey,
        writerId,
        type: letter.type,
        title: letter.title,
        content: letter.content,
        agreePublic: true,
        contactName: "演示居民",
        contactPhone: "13900000000",
        contactEmail: "resident@demo.gov.cn",
        status: "closed",
        acceptedAt,
        dueAt: new Date(acceptedAt.getTime() + 21 * DAY),
        reply: letter.reply,
        repliedAt,
        replyWorkingDays: 4,
        closedAt: new Date(repliedAt.getTime() + DAY),
        rating: letter.rating,
        ratedAt: new Date(repliedAt.getTime() + DAY),
        publicTitle: letter.title,
        publicContent: letter.content,
        publicReply: letter.reply,
        publishedAt: new Date(repliedAt.getTime() + DAY),
        createdAt,
        events: {
          create: [
            { action: "submit", toStatus: "submitted", actorId: writerId, actorRole: "resident", note: "信件已提交，等待受理。", visibleToWriter: true, createdAt },
            { action: "accept", fromStatus: "submitted", toStatus: "accepted", note: "信件已受理。", visibleToWriter: true, createdAt: acceptedAt },
            { action: "reply", fromStatus: "processing", toStatus: "replied", note: "已答复。", visibleToWriter: true, createdAt: repliedAt },
          ],
        },
      },
      select: { id: true },
    });
    await client.letter.update({ where: { id: created.id }, data: { number: letterNumber(createdAt, created.id) }, select: { id: true } });
  }
}
