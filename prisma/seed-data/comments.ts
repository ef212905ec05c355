// Comments (lib/comments, docs/decisions/0022): the categories whose articles take comments
// in the demo, the starting sensitive-word list and template reasons (both data, edited at
// /admin/moderation/words), and the demo resident's comments on the newest 政策解读.

export const COMMENT_CATEGORIES = ["zcjd"];

/** Stored as lib/comments/words.ts normalizes them (NFKC, lower case, no spaces). */
export const SENSITIVE_WORDS = ["赌博", "代开发票", "办证", "枪支", "传销", "刷单"];

export const MODERATION_REASONS = [
  "含有广告或推销信息",
  "含有辱骂、人身攻击或不文明用语",
  "含有他人的个人信息",
  "与文章内容无关",
  "含有违法或不实信息",
  "重复提交的内容",
];

/** On the newest article of the first comment category, oldest first. */
export const DEMO_COMMENTS: { body: string; status: "approved" | "pending" | "rejected"; reason?: string; daysAgo: number }[] = [
  { body: "解读写得很清楚，办事流程一目了然，点赞！", status: "approved", daysAgo: 6 },
  { body: "请问农村地区的居民也可以按这个办法申请吗？希望能再说明一下。", status: "approved", daysAgo: 5 },
  { body: "加微信 abc123 代开发票，价格优惠。", status: "rejected", reason: "含有广告或推销信息", daysAgo: 4 },
  { body: "建议在各乡镇便民服务中心也张贴这份解读。", status: "pending", daysAgo: 1 },
];
