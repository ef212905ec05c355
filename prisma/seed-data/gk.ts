import type { SeedArticle, SeedCategory } from "./types";

// 政务公开 (/gk): the facts every demo policy document carries (索引号, 发文机关, 成文日期,
// 主题分类), keyed by 文号, and the section's own categories and articles (指南, 制度, 年报).
// Demo only: the numbers and reports are fictional.

export interface PolicyFacts {
  indexNumber: string;
  issuer: string;
  writtenAt: string; // YYYY-MM-DD, China time
  topic: string; // one of lib/content/topics.ts TOPICS
}

const GOV = "11652300010000000X"; // 统一社会信用代码 of the issuing body (fictional)
const OFFICE = "116523000100000026";
const STATE = "昌吉回族自治州人民政府";
const STATE_OFFICE = "昌吉回族自治州人民政府办公室";

export const policyFacts: Record<string, PolicyFacts> = {
  "昌州政发〔2025〕12号": { indexNumber: `${GOV}/2025-00012`, issuer: STATE, writtenAt: "2025-06-16", topic: "国土资源、能源" },
  "昌州政发〔2025〕18号": { indexNumber: `${GOV}/2025-00018`, issuer: STATE, writtenAt: "2025-09-03", topic: "国民经济管理、国有资产监管" },
  "昌州政发〔2025〕20号": { indexNumber: `${GOV}/2025-00020`, issuer: STATE, writtenAt: "2025-09-28", topic: "劳动、人事、监察" },
  "昌州政发〔2025〕27号": { indexNumber: `${GOV}/2025-00027`, issuer: STATE, writtenAt: "2025-11-07", topic: "农业、林业、水利" },
  "昌州政发〔2026〕2号": { indexNumber: `${GOV}/2026-00002`, issuer: STATE, writtenAt: "2026-01-20", topic: "综合政务" },
  "昌州政发〔2026〕4号": { indexNumber: `${GOV}/2026-00004`, issuer: STATE, writtenAt: "2026-02-24", topic: "农业、林业、水利" },
  "昌州政发〔2026〕9号": { indexNumber: `${GOV}/2026-00009`, issuer: STATE, writtenAt: "2026-04-13", topic: "国土资源、能源" },
  "昌州政发〔2026〕15号": { indexNumber: `${GOV}/2026-00015`, issuer: STATE, writtenAt: "2026-06-08", topic: "商贸、海关、旅游" },
  "昌州政办发〔2025〕8号": { indexNumber: `${OFFICE}/2025-00008`, issuer: STATE_OFFICE, writtenAt: "2025-06-30", topic: "城乡建设、环境保护" },
  "昌州政办发〔2025〕15号": { indexNumber: `${OFFICE}/2025-00015`, issuer: STATE_OFFICE, writtenAt: "2025-08-11", topic: "综合政务" },
  "昌州政办发〔2025〕21号": { indexNumber: `${OFFICE}/2025-00021`, issuer: STATE_OFFICE, writtenAt: "2025-10-14", topic: "综合政务" },
  "昌州政办发〔2026〕5号": { indexNumber: `${OFFICE}/2026-00005`, issuer: STATE_OFFICE, writtenAt: "2026-03-06", topic: "市场监管、安全生产监管" },
  "昌州政办发〔2026〕18号": { indexNumber: `${OFFICE}/2026-00018`, issuer: STATE_OFFICE, writtenAt: "2026-08-18", topic: "城乡建设、环境保护" },
  "昌州政办发〔2026〕21号": { indexNumber: `${OFFICE}/2026-00021`, issuer: STATE_OFFICE, writtenAt: "2026-09-09", topic: "卫生、体育" },
};

/** The section's parent category: the navigation links it to /gk (lib/site/navigation.ts). */
export const gkCategories: SeedCategory[] = [
  { slug: "zwgk", name: "政务公开", description: "政府信息公开指南、制度、法定主动公开内容、年度报告和依申请公开。", sortOrder: 7 },
  { slug: "gkzn", name: "政府信息公开指南", description: "如何获取昌吉回族自治州人民政府的政府信息。", sortOrder: 1, parentSlug: "zwgk" },
  { slug: "gkzd", name: "政府信息公开制度", description: "政府信息公开工作的规章制度。", sortOrder: 2, parentSlug: "zwgk" },
  { slug: "gknb", name: "政府信息公开年报", description: "昌吉回族自治州人民政府政府信息公开工作年度报告。", sortOrder: 3, parentSlug: "zwgk" },
];

const annualReport = (year: number, figures: { active: number; requests: number; granted: number; partly: number; none: number; reviews: number }) => `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布${year}年度昌吉回族自治州人民政府政府信息公开工作年度报告。本报告所列数据统计期限自${year}年1月1日起至${year}年12月31日止。如对本报告有疑问，请与州人民政府办公室政务公开科联系（电话：0994-2586299）。

### 一、总体情况

${year}年，州人民政府坚持以公开为常态、不公开为例外，围绕优化营商环境、民生保障和重大项目建设，持续深化政务公开，全年主动公开政府信息 ${figures.active} 条。

1. **主动公开。** 通过州人民政府门户网站“政务公开”栏目集中发布行政规范性文件，标明索引号、发文机关、成文日期、主题分类和效力，并配套发布政策解读。
2. **依申请公开。** 全年收到政府信息公开申请 ${figures.requests} 件，均在法定期限内答复。
3. **平台建设。** 门户网站文件库支持按发文机关、主题分类、年份和效力检索。
4. **监督保障。** 将政务公开工作纳入年度绩效考核，定期开展网站内容检查。

### 二、主动公开政府信息情况

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| --- | --- | --- | --- |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | ${Math.round(figures.active / 40)} | 1 | ${Math.round(figures.active / 20)} |

### 三、收到和处理政府信息公开申请情况

| 项目 | 件数 |
| --- | --- |
| 本年新收政府信息公开申请数量 | ${figures.requests} |
| 予以公开 | ${figures.granted} |
| 部分公开 | ${figures.partly} |
| 信息不存在 | ${figures.none} |
| 其他处理 | ${figures.requests - figures.granted - figures.partly - figures.none} |

### 四、政府信息公开行政复议、行政诉讼情况

全年因政府信息公开引起的行政复议 ${figures.reviews} 件，结果均为维持；行政诉讼 0 件。

### 五、存在的主要问题及改进情况

部分部门政策解读形式较为单一，公开内容更新不够及时。下一步将丰富图表、问答等解读形式，完善信息发布协调机制。

### 六、其他需要报告的事项

本年度未收取信息处理费。

昌吉回族自治州人民政府办公室
${year + 1}年1月20日`;

export const gkArticles: SeedArticle[] = [
  {
    categorySlug: "gkzn",
    title: "昌吉回族自治州人民政府政府信息公开指南",
    summary: "说明州人民政府主动公开的范围、方式和时限，以及申请获取政府信息的渠道和办理流程。",
    body: `为保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。

### 一、主动公开

1. **公开范围。** 州人民政府的机构职能、行政规范性文件、规划计划、财政预决算、重大建设项目、公共服务事项等。
2. **公开方式。** 以州人民政府门户网站为第一平台，同时通过政府公报、新闻发布会、政务新媒体等方式公开。
3. **公开时限。** 属于主动公开范围的政府信息，自形成或者变更之日起 20 个工作日内予以公开。

### 二、依申请公开

1. **申请方式。** 可通过本网站“依申请公开”在线提交申请，也可以信函方式提出申请（邮寄地址：昌吉市延安北路 186 号州人民政府办公室政务公开科，邮编 831100）。
2. **办理时限。** 能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长期限最长不超过 20 个工作日。申请内容不明确需要补正的，答复期限自收到补正后的申请之日起计算。
3. **收费。** 依申请提供政府信息，不收取费用；申请人申请公开政府信息的数量、频次明显超过合理范围的，可以按照有关规定收取信息处理费。

### 三、监督和救济

公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。

### 四、联系方式

- 办公地址：昌吉市延安北路 186 号
- 办公时间：工作日 9:30—13:30，15:30—19:30（北京时间）
- 联系电话：0994-2586299`,
    source: "昌吉州人民政府办公室",
    author: "王海燕",
    publishedAt: "2026-01-05T10:00:00+08:00",
  },
  {
    categorySlug: "gkzd",
    title: "昌吉回族自治州人民政府政府信息公开保密审查制度",
    summary: "规定政府信息公开前的保密审查主体、程序和责任，确保公开的信息不涉及国家秘密。",
    body: `### 第一条 目的

为规范政府信息公开保密审查工作，防止国家秘密、工作秘密泄露，根据《中华人民共和国保守国家秘密法》《中华人民共和国政府信息公开条例》，制定本制度。

### 第二条 审查原则

坚持“先审查、后公开”和“一事一审”原则，谁公开、谁审查，谁审查、谁负责。

### 第三条 审查程序

1. 信息形成部门在拟公开前提出公开属性意见；
2. 本单位保密工作机构进行保密审查；
3. 分管负责人审核签发后公开。

### 第四条 责任追究

违反本制度公开涉密信息或者应公开未公开的，依法依规追究有关人员责任。

### 第五条 施行

本制度自印发之日起施行。`,
    source: "昌吉州人民政府办公室",
    author: "王海燕",
    publishedAt: "2025-03-12T10:00:00+08:00",
  },
  {
    categorySlug: "gkzd",
    title: "昌吉回族自治州人民政府依申请公开政府信息工作规程",
    summary: "规定依申请公开的登记、补正、延期、答复和送达程序及各环节时限。",
    body: `### 一、登记

收到申请当日登记，申请编号按年度顺序编排。通过互联网提交的申请，以提交之日为收到申请之日；收到申请之日不是工作日的，顺延至下一个工作日。

### 二、补正

申请内容不明确的，自收到申请之日起 7 个工作日内一次性告知申请人补正，说明需要补正的事项和合理的补正期限。答复期限自收到补正后的申请之日起计算。

### 三、延期

不能在 20 个工作日内答复的，经政府信息公开工作机构负责人同意，可以延长一次，延长期限最长不超过 20 个工作日，并书面告知申请人。

### 四、答复

根据具体情况分别作出予以公开、部分公开、不予公开、信息不存在、非本机关负责公开或者不予处理的答复，并说明理由和依据。

### 五、归档

申请材料、办理记录和答复文书按年度归档，保存期限为 10 年。`,
    source: "昌吉州人民政府办公室",
    author: "王海燕",
    publishedAt: "2025-05-20T10:00:00+08:00",
  },
  {
    categorySlug: "gknb",
    title: "昌吉回族自治州人民政府2024年政府信息公开工作年度报告",
    summary: "2024年度州人民政府主动公开、依申请公开、行政复议和诉讼等政府信息公开工作情况。",
    body: annualReport(2024, { active: 1862, requests: 46, granted: 29, partly: 6, none: 7, reviews: 1 }),
    source: "昌吉州人民政府办公室",
    author: "王海燕",
    publishedAt: "2025-01-24T10:00:00+08:00",
  },
  {
    categorySlug: "gknb",
    title: "昌吉回族自治州人民政府2025年政府信息公开工作年度报告",
    summary: "2025年度州人民政府主动公开、依申请公开、行政复议和诉讼等政府信息公开工作情况。",
    body: annualReport(2025, { active: 2035, requests: 53, granted: 34, partly: 8, none: 6, reviews: 0 }),
    source: "昌吉州人民政府办公室",
    author: "王海燕",
    publishedAt: "2026-01-22T10:00:00+08:00",
  },
];
