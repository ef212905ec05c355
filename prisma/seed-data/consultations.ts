import type { Db } from "@/lib/db/client";

// Demo 民意征集 (lib/consultations; demo seed only): the heating rules the demo article
// /article/59 invites comments on (closed, with its 意见采纳情况反馈 and public opinions), one
// open consultation and one not yet started. The first is created first, so it is
// /interaction/consultations/1, the address the article links to.

const DAY = 86_400_000;

export const HEATING_CONSULTATION_ID = 1;

const heatingDraft = `第一条 为规范城镇集中供热的供应和使用，保障供热用户和供热企业的合法权益，根据有关法律法规，结合本州实际，制定本办法。

第二条 本办法适用于本州行政区域内城镇集中供热的规划、建设、经营、使用及其监督管理。

第十八条 供热企业接到用户报修后，应当在 2 小时内到达现场处理；不能当场修复的，应当告知用户原因和预计修复时间。

第二十二条 供热期内，用户室内温度低于 18 摄氏度的，供热企业应当按照不达标天数和面积退还相应热费。

第二十五条 供热企业应当在营业场所和网站公开收费标准、服务承诺、报修电话和投诉渠道。

第三十条 因设施检修等原因需要停热、减供热的，供热企业应当提前 24 小时通知用户；突发故障的，应当立即通知并及时抢修。`;

const schoolDraft = `第一条 为规范中小学课后服务，减轻家长接送负担，促进学生全面发展，制定本办法。

第二条 课后服务坚持学生和家长自愿参加的原则，学校不得强制或变相强制学生参加。

第三条 课后服务时间一般为每个教学日放学后至 18 时 30 分，学校可根据季节和家长需求适当调整。

第四条 课后服务以完成作业辅导、阅读、体育、艺术、科普和社团活动为主，不得组织集体补课或讲授新课。

第五条 课后服务收费按照非营利原则，由州发展和改革委员会会同州教育局核定标准；家庭经济困难学生免收费用。`;

const foodDraft = `本规范适用于全州餐饮服务经营者的食品采购、贮存、加工制作和供餐等环节。

餐饮服务经营者应当建立食品原料进货查验记录制度，如实记录食品名称、数量、进货日期和供货者名称及联系方式。

加工制作场所应当保持清洁，生熟食品分开存放，冷藏食品的贮存温度应当保持在 0 至 8 摄氏度。`;

/** The demo consultations and opinions, when there are none yet. `residentId`: the demo resident. */
export async function seedDemoConsultations(client: Db, residentId: number | null, now = new Date()): Promise<void> {
  if ((await client.consultation.count()) > 0) return;
  const department = async (name: string) => (await client.department.findUnique({ where: { name }, select: { id: true } }))?.id ?? null;
  const housing = await department("州住房和城乡建设局");
  const education = await department("州教育局");
  const market = await department("州市场监督管理局");
  if (housing === null || education === null || market === null) return;
  await client.$transaction(async (tx) => {
    const heating = await tx.consultation.create({
      data: {
        title: "《昌吉州城镇集中供热管理办法（修改征求意见稿）》公开征求意见",
        departmentId: housing,
        startsAt: new Date("2026-07-10T11:30:00+08:00"),
        endsAt: new Date("2026-08-09T23:59:00+08:00"),
        intro: "为进一步规范城镇集中供热服务，保障供热用户合法权益，州住房和城乡建设局起草了《昌吉州城镇集中供热管理办法（修改征求意见稿）》，现向社会公开征求意见。请针对具体条款提出修改意见和理由。",
        draft: heatingDraft,
        published: true,
        publishedAt: new Date("2026-07-10T11:30:00+08:00"),
        feedbackSummary:
          "征求意见期间共收到意见 4 条，主要集中在报修响应时限、室温不达标退费和停热通知三个方面。经研究，采纳 1 条、部分采纳 1 条、未采纳 2 条。修改后的办法已报州人民政府审议。感谢社会各界的关心和支持！",
        feedbackPublishedAt: new Date("2026-08-28T10:00:00+08:00"),
        adoptedCount: 1,
        partlyAdoptedCount: 1,
        notAdoptedCount: 2,
      },
      select: { id: true },
    });
    const opinions = [
      { authorId: residentId, maskedName: "演**", clause: 4, body: "建议将室温不达标退费的标准写得更具体：由谁测温、测几次、多少天不达标开始退费，避免供热企业和用户各说各话。", publicConsent: true, decision: "adopted", decisionReason: "已在第二十二条增加测温方法和退费起算时间。" },
      { authorId: residentId, maskedName: "演**", clause: null, body: "希望办法出台后供热企业能在小区公告栏张贴报修电话，方便老年人查看。", publicConsent: false, decision: "partly", decisionReason: "已在第二十五条要求在营业场所公开报修电话，小区张贴由物业配合。" },
      { authorId: null, maskedName: "李**", clause: 3, body: "2 小时到达现场对偏远乡镇的供热企业难以做到，建议区分城区和乡镇分别规定时限。", publicConsent: true, decision: "not_adopted", decisionReason: "城镇集中供热范围内均能在 2 小时内到达，暂不区分。" },
      { authorId: null, maskedName: "王**", clause: 6, body: "建议停热通知提前 48 小时，并通过短信通知到每户。", publicConsent: false, decision: "not_adopted", decisionReason: "24 小时为行业通行标准，企业可自愿提前。" },
    ];
    for (const [index, opinion] of opinions.entries()) {
      const createdAt = new Date(Date.parse("2026-07-15T09:00:00+08:00") + index * 3 * DAY);
      await tx.consultationOpinion.create({ data: { ...opinion, consultationId: heating.id, createdAt, decidedAt: new Date("2026-08-20T10:00:00+08:00") }, select: { id: true } });
    }
    await tx.consultation.create({
      data: {
        title: "《昌吉州中小学课后服务管理办法（征求意见稿）》公开征求意见",
        departmentId: education,
        startsAt: new Date(now.getTime() - 5 * DAY),
        endsAt: new Date(now.getTime() + 25 * DAY),
        intro: "为规范中小学课后服务，州教育局起草了《昌吉州中小学课后服务管理办法（征求意见稿）》，现公开征求学生家长、学校和社会各界的意见。",
        draft: schoolDraft,
        published: true,
        publishedAt: new Date(now.getTime() - 5 * DAY),
      },
      select: { id: true },
    });
    await tx.consultation.create({
      data: {
        title: "《昌吉州餐饮服务食品安全操作规范（征求意见稿）》公开征求意见",
        departmentId: market,
        startsAt: new Date(now.getTime() + 10 * DAY),
        endsAt: new Date(now.getTime() + 40 * DAY),
        intro: "州市场监督管理局起草了《昌吉州餐饮服务食品安全操作规范（征求意见稿）》，征集开始后欢迎餐饮服务经营者和消费者提出意见。",
        draft: foodDraft,
        published: true,
        publishedAt: now,
      },
      select: { id: true },
    });
  });
}
