// 网上评议 demo rounds (prisma/seed.ts seedDemoEvaluations): one open round on departments and
// one closed round on services, with votes. The votes are anonymous (like those of deleted
// accounts), except one by the demo resident whose comment is approved.

export const DEMO_OPEN_ROUND = {
  title: "2026年度州直部门服务满意度网上评议",
  intro: "为进一步转变工作作风、提高服务质量，现组织开展州直部门服务满意度网上评议。请您根据办事经历，对各部门的服务态度、办事效率、政务公开和依法行政情况作出评价。每个部门每个账户评价一次，评议截止前可以修改。",
  criteria: ["服务态度", "办事效率", "政务公开", "依法行政"],
  /** Days from the seed's date */
  startDay: -10,
  endDay: 20,
  departments: 5,
  votesPerObject: [6, 4, 5, 3, 0],
};

export const DEMO_CLOSED_ROUND = {
  title: "2026年第三季度政务服务事项办理满意度评议",
  intro: "请对在州政务服务中心办理的事项作出评价。本次评议已结束，结果为最终结果。",
  criteria: ["服务态度", "办事效率", "办理便捷"],
  startDay: -90,
  endDay: -30,
  services: 4,
  votesPerObject: [5, 3, 4, 2],
  residentComment: "窗口工作人员解释得很耐心，材料一次就交齐了。",
};

const PATTERN = ["satisfied", "satisfied", "basic", "satisfied", "dissatisfied", "basic", "satisfied"] as const;

/** A fixed spread of ratings: vote `n` on criterion `c` of object `o`. */
export function demoRating(o: number, n: number, c: number): (typeof PATTERN)[number] {
  return PATTERN[(o * 3 + n * 2 + c) % PATTERN.length]!;
}
