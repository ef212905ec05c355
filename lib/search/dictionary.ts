// The search's user dictionary (lib/search/segment.ts): words the general dictionary splits or
// does not know. Kept as data: add a place, a department or a term here and run
// `npm run search:reindex` so that documents indexed before are segmented the same way.

/** The prefecture's cities, counties and districts, with and without their suffix. */
export const PLACE_NAMES = [
  "昌吉", "昌吉州", "昌吉市", "昌吉回族自治州",
  "阜康", "阜康市",
  "呼图壁", "呼图壁县",
  "玛纳斯", "玛纳斯县",
  "奇台", "奇台县",
  "吉木萨尔", "吉木萨尔县",
  "木垒", "木垒县", "木垒哈萨克自治县",
  "准东", "准东经济技术开发区", "昌吉国家农业科技园区", "昌吉高新区",
];

/** Departments of the prefecture government as readers write them (full names and short forms). */
export const DEPARTMENT_NAMES = [
  "州发展和改革委员会", "州发改委", "州教育局", "州人力资源和社会保障局", "州住房和城乡建设局", "州住建局",
  "州生态环境局", "州市场监督管理局", "州市场监管局",
  "州人民政府", "州政府办公室", "州人社局", "州医保局", "州医疗保障局", "州卫生健康委员会", "州卫健委",
  "州公安局", "州财政局", "州民政局", "州自然资源局", "州交通运输局", "州农业农村局", "州文化体育广播电视和旅游局",
  "州应急管理局", "州税务局", "州政务服务和公共资源交易中心", "州数据局",
];

/** Terms of government work that the general dictionary splits. */
export const TERMS = [
  "医保", "供热", "一网通办", "一件事一次办", "跨省通办", "政务服务", "放管服", "营商环境",
  "依申请公开", "政府信息公开", "州长信箱", "长者版", "适老化", "社保卡", "公积金", "低保", "养老金",
  "不动产登记", "老旧小区", "乡村振兴", "文号",
];

/** The dictionary in jieba's format: one "word frequency" per line. */
export function userDictionary(): string {
  const words = new Set([...PLACE_NAMES, ...DEPARTMENT_NAMES, ...TERMS]);
  return [...words].map((word) => `${word} 200000`).join("\n") + "\n";
}
