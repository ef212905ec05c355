import type { Audience, ServiceTheme, ServiceType } from "@/lib/services/catalog";
import type { Faq, Material } from "@/lib/services/fields";

// Demo 办事指南 (在线服务) of 昌吉州: plausible, not official. Each department's 统一社会信用代码
// (invented) prefixes its 事项编码: <code>-<type>-<number>. Departments missing from the demo
// departments (lib seed-data/departments.ts) are created by the seed.

interface SeedDepartment {
  name: string;
  description: string;
  credit: string;
  location: string;
  phone: string;
}

const HOURS = "周一至周五 10:00-14:00，16:00-19:30（北京时间，法定节假日除外）";
const COMPLAINT = "12345";

export const serviceDepartments: Record<string, SeedDepartment> = {
  公安: { name: "州公安局", description: "户籍、身份证、出入境和交通管理等方面的来信。", credit: "11652300MB1583021K", location: "昌吉市延安北路 148 号州政务服务中心一楼公安窗口", phone: "0994-2362110" },
  民政: { name: "州民政局", description: "婚姻登记、社会救助、养老服务和收养登记等方面的来信。", credit: "11652300MB1579042P", location: "昌吉市延安北路 148 号州政务服务中心二楼民政窗口", phone: "0994-2345012" },
  卫健: { name: "州卫生健康委员会", description: "医疗服务、公共卫生、妇幼健康和生育服务等方面的来信。", credit: "11652300MB1560387D", location: "昌吉市延安北路 148 号州政务服务中心二楼卫健窗口", phone: "0994-2345120" },
  医保: { name: "州医疗保障局", description: "医疗保险参保、待遇和异地就医等方面的来信。", credit: "11652300MB1936402W", location: "昌吉市延安北路 148 号州政务服务中心三楼医保窗口", phone: "0994-2351234" },
  交通: { name: "州交通运输局", description: "道路运输、公路建设和城乡公交等方面的来信。", credit: "11652300MB1571209T", location: "昌吉市延安北路 148 号州政务服务中心三楼交通窗口", phone: "0994-2346690" },
  自然资源: { name: "州自然资源局", description: "不动产登记、国土空间规划和用地审批等方面的来信。", credit: "11652300MB1937118R", location: "昌吉市延安北路 148 号州政务服务中心四楼不动产登记窗口", phone: "0994-2338765" },
  税务: { name: "国家税务总局昌吉回族自治州税务局", description: "税务登记、纳税申报和发票等方面的来信。", credit: "11652300MB0124563J", location: "昌吉市建国西路 39 号办税服务厅", phone: "12366" },
  人社: { name: "州人力资源和社会保障局", description: "", credit: "11652300MB1564830M", location: "昌吉市延安北路 148 号州政务服务中心二楼人社窗口", phone: "0994-2330011" },
  教育: { name: "州教育局", description: "", credit: "11652300MB1551975L", location: "昌吉市延安北路 148 号州政务服务中心二楼教育窗口", phone: "0994-2345678" },
  住建: { name: "州住房和城乡建设局", description: "", credit: "11652300MB1570433C", location: "昌吉市延安北路 148 号州政务服务中心四楼住建窗口", phone: "0994-2352210" },
  市场: { name: "州市场监督管理局", description: "", credit: "11652300MB1938804F", location: "昌吉市延安北路 148 号州政务服务中心一楼企业开办专区", phone: "0994-2342315" },
  发改: { name: "州发展和改革委员会", description: "", credit: "11652300MB1549107A", location: "昌吉市延安北路 148 号州政务服务中心四楼投资项目窗口", phone: "0994-2341001" },
  生态: { name: "州生态环境局", description: "", credit: "11652300MB1581647E", location: "昌吉市延安北路 148 号州政务服务中心四楼生态环境窗口", phone: "0994-2365512" },
};
type DepartmentKey = keyof typeof serviceDepartments;

export interface SeedServiceGuide {
  code: string;
  name: string;
  serviceType: ServiceType;
  department: string;
  audience: Audience;
  theme: ServiceTheme;
  conditions: string;
  materials: Material[];
  steps: string[];
  legalDays: number;
  promisedDays: number;
  fee: string;
  location: string;
  hours: string;
  phone: string;
  complaintPhone: string;
  onlineUrl: string | null;
  visits: number;
  faq: Faq[];
}

const TYPE_CODE: Record<ServiceType, string> = { xk: "XK", gf: "GF", qr: "QR", cj: "CJ", jl: "JL", qt: "QT", gg: "GG" };

const ID_CARD: Material = { name: "申请人居民身份证", form: "original", copies: 1, required: true, note: "现场核验后退还" };
const LICENSE: Material = { name: "营业执照", form: "copy", copies: 1, required: true, note: "加盖单位公章" };
const AGENT: Material = { name: "委托书及受托人身份证", form: "both", copies: 1, required: false, note: "委托他人代办时提交" };
const FORM = (name: string): Material => ({ name, form: "original", copies: 1, required: true, note: "可在窗口领取或在新疆政务服务网下载" });
const m = (name: string, form: Material["form"] = "original", required = true, note = "", copies = 1): Material => ({ name, form, copies, required, note });

const STEPS_ONLINE = [
  "申请：通过新疆政务服务网（或“新疆政务服务”App）在线提交，或到办理地点窗口提交申请材料",
  "受理：窗口当场核验材料，齐全且符合法定形式的予以受理；不齐全的一次性告知需要补正的全部内容",
  "审查：承办科室对申请材料进行审查，必要时进行现场核查",
  "决定：在承诺时限内作出决定，不予办理的书面说明理由",
  "送达：结果可在窗口领取、免费邮寄或在线下载电子证照",
];
const STEPS_COUNTER = [
  "申请：申请人携带申请材料到办理地点窗口提出申请",
  "受理与审核：窗口工作人员核验材料，符合条件的当场受理并审核",
  "办结：当场办结并发放结果；需要制证的按约定时间领取或邮寄",
];

type Entry = [
  key: DepartmentKey,
  type: ServiceType,
  theme: ServiceTheme,
  audience: Audience,
  name: string,
  days: [legal: number, promised: number],
  visits: number,
  online: boolean,
  conditions: string,
  materials: Material[],
  extra?: { fee?: string; steps?: string[]; faq?: Faq[] },
];

const entries: Entry[] = [
  // 生育收养
  ["卫健", "gg", "shengyu", "person", "生育登记", [0, 0], 0, true, "在本州登记结婚、生育子女的夫妻，一方户籍在本州或在本州居住的，可以办理生育登记。", [m("夫妻双方居民身份证", "original"), m("结婚证", "original")], { faq: [{ question: "生育登记需要夫妻双方到场吗？", answer: "不需要。可由夫妻任一方在线办理，或持双方身份证件到窗口办理。" }] }],
  ["卫健", "qr", "shengyu", "person", "出生医学证明签发", [20, 5], 1, false, "在本州助产机构出生的新生儿，父母或监护人可申请签发《出生医学证明》；首次签发由出生医院办理。", [m("新生儿父母居民身份证", "original"), m("结婚证", "copy", false, "非婚生育的提交亲子鉴定证明"), m("出生医学证明首次签发登记表", "original")]],
  ["民政", "qr", "shengyu", "person", "收养登记", [30, 20], 2, false, "收养人、送养人和被收养人符合《中华人民共和国民法典》关于收养条件的规定，当事人双方自愿。", [m("收养申请书", "original"), m("收养人、送养人居民身份证和户口簿", "both"), m("收养人婚姻状况证明", "original"), m("县级以上医疗机构出具的收养人身体健康检查证明", "original"), m("收养人无犯罪记录证明", "original")], { faq: [{ question: "收养登记要公告吗？", answer: "收养查找不到生父母的未成年人的，登记机关在登记前予以公告，公告期 60 日。" }] }],
  ["卫健", "gf", "shengyu", "person", "计划生育家庭特别扶助金申领", [20, 15], 1, false, "独生子女死亡或伤残、未再生育或收养子女，女方年满 49 周岁的夫妻。", [ID_CARD, m("户口簿", "both"), m("独生子女父母光荣证或相关证明", "copy"), FORM("计划生育家庭特别扶助对象申请表")]],
  // 户籍办理
  ["公安", "qr", "huji", "person", "出生登记（新生儿落户）", [7, 1], 1, true, "新生儿父母一方户籍在本州，持《出生医学证明》在出生后办理户口登记。", [m("出生医学证明", "original"), m("父母双方居民身份证和户口簿", "original"), m("结婚证", "original", false, "非婚生育的无需提交")], { faq: [{ question: "新生儿落户有期限吗？", answer: "建议在婴儿出生后一个月内办理，逾期仍可办理，无需额外证明。" }] }],
  ["公安", "qr", "huji", "person", "居民身份证换领", [60, 30], 1, true, "居民身份证有效期满、证件损坏或登记内容变更的本州户籍居民。", [m("原居民身份证", "original"), m("户口簿", "original", false, "登记内容变更时提交")], { fee: "换领收取工本费 20 元；有效期满换领不收费", faq: [{ question: "可以异地换领身份证吗？", answer: "可以。在全国任一公安机关户政窗口均可申请异地换领。" }] }],
  ["公安", "qr", "huji", "person", "户口迁入（投靠类）", [20, 10], 1, true, "夫妻投靠、子女投靠父母、父母投靠子女，且被投靠人在本州有合法稳定住所。", [m("迁入人居民身份证和户口簿", "original"), m("与被投靠人关系证明（结婚证、出生医学证明等）", "both"), m("合法稳定住所证明（不动产权证书或租赁登记凭证）", "copy")]],
  ["公安", "gg", "huji", "person", "居住证办理", [15, 10], 1, true, "离开常住户口所在地，到本州居住半年以上，有合法稳定就业、合法稳定住所或连续就读条件之一的公民。", [ID_CARD, m("居住登记凭证", "original"), m("近期免冠照片", "original", true, "或现场拍摄", 1)]],
  // 教育
  ["教育", "qr", "jiaoyu", "person", "义务教育阶段转学", [10, 5], 1, true, "在本州接受义务教育的适龄儿童少年因户籍迁移、随迁或家庭住址变动需要转学。", [m("学生户口簿或居住证", "copy"), m("转学申请表", "original"), m("转入学校接收证明", "original")]],
  ["教育", "xk", "jiaoyu", "legal", "民办学校设立审批", [90, 60], 2, false, "举办者具备相应条件，拟设学校有与办学层次和规模相适应的场地、设施、师资和办学经费。", [m("申办报告", "original"), m("举办者资格证明文件", "copy"), m("拟设学校章程和发展规划", "original"), m("校舍使用证明和消防验收材料", "copy"), m("资产及经费来源证明", "original")], { steps: ["申请：举办者向审批机关提交筹设或正式设立申请", "受理：材料齐全的予以受理", "评审：组织专家对办学条件进行评议和实地考察", "决定：作出批准或不批准的决定", "送达：颁发办学许可证"] }],
  ["教育", "qr", "jiaoyu", "person", "教师资格认定", [60, 30], 1, true, "具有中华人民共和国国籍，遵守宪法和法律，具备规定学历，通过教师资格考试，普通话水平和体检合格。", [ID_CARD, m("学历证书", "original"), m("中小学教师资格考试合格证明", "original", true, "全国统考合格的在线核验"), m("体检合格证明", "original"), m("普通话水平测试等级证书", "original")]],
  ["教育", "gf", "jiaoyu", "person", "家庭经济困难学生资助申请", [30, 20], 0, true, "在本州就读的建档立卡户、低保户、特困供养和其他家庭经济困难学生。", [m("家庭经济困难学生认定申请表", "original"), m("相关困难证明材料", "copy", false, "可在线核验的无需提交")]],
  // 就业创业
  ["人社", "gg", "jiuye", "person", "就业创业证申领", [5, 0], 0, true, "在法定劳动年龄内、有劳动能力和就业要求的城乡劳动者。", [ID_CARD]],
  ["人社", "gf", "jiuye", "person", "失业保险金申领", [10, 5], 0, true, "失业前用人单位和本人已缴纳失业保险费满一年，非因本人意愿中断就业，已办理失业登记并有求职要求。", [ID_CARD, m("解除或终止劳动关系证明", "copy"), m("本人社会保障卡或银行卡", "copy")], { faq: [{ question: "失业保险金每月什么时候发放？", answer: "按月发放，一般在每月 15 日前发放到本人社会保障卡金融账户。" }] }],
  ["人社", "gf", "jiuye", "person", "创业担保贷款申请", [20, 10], 1, true, "在本州创业的城镇登记失业人员、高校毕业生、返乡创业农民工、退役军人等，除助学贷款、扶贫贷款等外无其他商业贷款记录。", [ID_CARD, m("营业执照", "copy"), m("创业项目计划书", "original"), m("创业担保贷款申请表", "original")]],
  ["人社", "gf", "jiuye", "legal", "一次性吸纳就业补贴申领", [30, 15], 0, true, "招用毕业年度或离校 2 年内未就业高校毕业生、登记失业人员，并签订 1 年以上劳动合同、按规定缴纳社会保险费的企业。", [LICENSE, m("劳动合同", "copy"), m("补贴申请表", "original")]],
  // 社会保障
  ["人社", "qr", "shebao", "person", "城乡居民基本养老保险参保登记", [5, 0], 0, true, "年满 16 周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险覆盖范围的城乡居民。", [ID_CARD, m("户口簿", "copy", false, "在线办理的无需提交")]],
  ["人社", "gf", "shebao", "person", "城乡居民养老保险待遇申领", [20, 5], 0, true, "年满 60 周岁、累计缴费满 15 年，且未领取国家规定的基本养老保障待遇的参保人员。", [ID_CARD, m("本人社会保障卡", "original")], { faq: [{ question: "每年需要做待遇资格认证吗？", answer: "需要。可通过“掌上 12333”或“新疆智慧人社”刷脸认证，也可到社区服务站认证。" }] }],
  ["人社", "gg", "shebao", "person", "社会保障卡申领", [10, 5], 1, true, "在本州参加社会保险的人员。", [ID_CARD, m("近期免冠彩色照片", "original", false, "可现场拍摄")], { faq: [{ question: "社保卡丢失了怎么办？", answer: "先通过 12333 或“新疆智慧人社”办理挂失，再到合作银行网点或窗口补领。" }] }],
  ["民政", "gf", "shebao", "person", "最低生活保障审核确认", [30, 25], 1, true, "共同生活的家庭成员人均收入低于当地城乡低保标准，且家庭财产状况符合当地规定。", [m("低保申请书", "original"), m("家庭成员居民身份证和户口簿", "copy"), m("家庭经济状况核对授权书", "original")]],
  ["民政", "gf", "shebao", "person", "高龄津贴申领", [20, 10], 0, true, "具有本州户籍、年满 80 周岁的老年人。", [ID_CARD, m("户口簿", "copy"), m("本人银行账户", "copy")]],
  // 医疗卫生
  ["医保", "qr", "yiliao", "person", "异地就医备案", [5, 0], 0, true, "参加本州基本医疗保险，因异地长期居住、工作或转诊需要异地就医的人员。", [m("医保电子凭证或社会保障卡", "original"), m("异地长期居住或转诊证明", "copy", false, "承诺制，可不提交")], { faq: [{ question: "备案后多久生效？", answer: "即时生效，可在备案地定点医疗机构直接结算。" }] }],
  ["医保", "gf", "yiliao", "person", "门诊慢特病待遇认定", [15, 10], 1, true, "参保人员确诊患有规定的门诊慢性病或特殊疾病病种。", [m("医保电子凭证或社会保障卡", "original"), m("二级及以上医院诊断证明和病历资料", "copy")]],
  ["医保", "gf", "yiliao", "person", "医疗费用手工（零星）报销", [30, 20], 1, true, "参保人员因急诊、未联网结算等原因在定点医疗机构全额垫付医疗费用。", [m("医保电子凭证或社会保障卡", "original"), m("医疗费用发票", "original"), m("费用明细清单和出院记录", "original")]],
  ["卫健", "xk", "yiliao", "legal", "医疗机构执业登记", [45, 20], 1, true, "按规定取得设置批准（或备案）的医疗机构，具备与诊疗科目相适应的场所、设备和卫生技术人员。", [m("医疗机构执业登记申请书", "original"), m("场所使用证明", "copy"), m("卫生技术人员执业证书", "copy"), m("规章制度和人员名单", "original")]],
  // 住房保障
  ["住建", "gf", "zhufang", "person", "公共租赁住房申请", [30, 20], 1, true, "本州城镇中等偏下收入住房困难家庭、新就业无房职工和在本州稳定就业的外来务工人员。", [m("公共租赁住房申请表", "original"), m("家庭成员居民身份证和户口簿", "copy"), m("收入和住房状况证明", "original")]],
  ["住建", "gf", "zhufang", "person", "住房公积金提取（购房）", [5, 3], 0, true, "购买、建造、翻建、大修自住住房的缴存职工。", [ID_CARD, m("购房合同或不动产权证书", "copy"), m("购房款发票", "copy")], { faq: [{ question: "能否提取配偶的公积金？", answer: "可以。配偶提取时需同时提交结婚证。" }] }],
  ["自然资源", "qr", "zhufang", "person", "不动产转移登记（二手房买卖）", [30, 5], 1, true, "不动产买卖双方签订买卖合同，已完税，不动产无查封、抵押限制。", [m("买卖双方居民身份证", "original"), m("不动产权证书", "original"), m("不动产买卖合同", "original"), m("完税凭证", "copy")], { fee: "住宅每件 80 元，非住宅每件 550 元", faq: [{ question: "可以“一窗办理”吗？", answer: "可以。交易、缴税和登记在不动产登记窗口一窗受理、并行办理。" }] }],
  ["自然资源", "qr", "zhufang", "person", "不动产登记资料查询", [5, 0], 1, true, "不动产权利人、利害关系人可依法查询、复制不动产登记资料。", [ID_CARD, m("利害关系证明材料", "copy", false, "利害关系人查询时提交")]],
  // 交通出行
  ["公安", "qr", "jiaotong", "person", "机动车驾驶证期满换证", [10, 1], 0, true, "机动车驾驶证有效期满前 90 日内的驾驶人。", [ID_CARD, m("机动车驾驶证", "original"), m("身体条件证明", "original")], { fee: "工本费 10 元" }],
  ["交通", "xk", "jiaotong", "legal", "道路货物运输经营许可", [20, 5], 1, true, "有与其经营业务相适应并经检测合格的车辆，有符合规定条件的驾驶人员和健全的安全生产管理制度。", [m("道路货物运输经营申请表", "original"), LICENSE, m("车辆行驶证和检测合格证明", "copy"), m("驾驶人员从业资格证", "copy"), m("安全生产管理制度文本", "original")]],
  ["交通", "qr", "jiaotong", "person", "道路运输从业人员从业资格证核发", [10, 5], 1, true, "取得相应的机动车驾驶证，年龄不超过 60 周岁，3 年内无重大以上交通责任事故，考试合格。", [ID_CARD, m("机动车驾驶证", "original"), m("从业资格考试合格证明", "copy")]],
  ["交通", "gg", "jiaotong", "person", "老年人乘坐城乡公交优待证办理", [5, 0], 1, false, "年满 65 周岁的本州户籍老年人和在本州居住的常住老年人。", [ID_CARD, m("近期免冠照片", "original")]],
  // 婚姻登记
  ["民政", "qr", "hunyin", "person", "内地居民结婚登记", [1, 0], 1, false, "男年满 22 周岁、女年满 20 周岁，双方均无配偶，自愿结婚，无禁止结婚的亲属关系。", [m("双方居民身份证", "original"), m("双方户口簿", "original", false, "身份证可在线核验户籍信息的无需提交"), m("本人近期 2 寸半身免冠合影照片", "original", true, "", 3)], { steps: STEPS_COUNTER, faq: [{ question: "结婚登记可以预约吗？", answer: "可以。通过“新疆政务服务”App 预约，按预约时段到婚姻登记处办理。" }] }],
  ["民政", "qr", "hunyin", "person", "内地居民离婚登记", [30, 30], 2, false, "双方自愿离婚，对子女抚养、财产及债务处理等事项协商一致；须经 30 日离婚冷静期。", [m("双方居民身份证和户口簿", "original"), m("结婚证", "original"), m("离婚协议书", "original", true, "", 3)]],
  ["民政", "qr", "hunyin", "person", "补领婚姻登记证", [1, 0], 1, true, "结婚证、离婚证遗失或损毁，原登记档案可查。", [ID_CARD, m("户口簿", "original"), m("本人近期 2 寸免冠照片", "original", true, "", 2)], { steps: STEPS_COUNTER }],
  // 企业开办
  ["市场", "xk", "kaiban", "legal", "企业设立登记", [3, 1], 0, true, "有符合规定的名称、住所、注册资本和公司章程，股东（发起人）符合法定人数。", [m("公司登记（备案）申请书", "original"), m("公司章程", "original"), m("股东主体资格证明", "copy"), m("住所使用证明", "copy", false, "实行住所申报承诺制")], { faq: [{ question: "开办企业要跑几次？", answer: "全程网办“零跑动”：执照、公章刻制、发票和税控、社保登记、银行开户预约一次提交，1 个工作日内办结。" }] }],
  ["市场", "qr", "kaiban", "legal", "企业变更登记", [3, 1], 0, true, "已登记企业的名称、住所、法定代表人、注册资本、经营范围等登记事项发生变更。", [m("变更登记申请书", "original"), m("变更决议或决定", "original"), m("修改后的公司章程或章程修正案", "original", false)]],
  ["市场", "xk", "kaiban", "legal", "食品经营许可", [20, 5], 1, true, "具有与经营的食品品种、数量相适应的经营场所、设备设施、食品安全管理人员和管理制度。", [m("食品经营许可申请书", "original"), LICENSE, m("经营场所平面图和设备布局图", "original"), m("食品安全管理制度", "original")]],
  ["市场", "qr", "kaiban", "legal", "企业注销登记", [20, 3], 0, true, "企业已清算完毕，或符合简易注销条件（未开业或无债权债务）。", [m("注销登记申请书", "original"), m("清算报告或全体投资人承诺书", "original")]],
  // 经营纳税
  ["税务", "qr", "nashui", "legal", "发票领用", [5, 0], 0, true, "已办理税务信息确认的纳税人，需要领用发票。", [m("经办人身份证件", "original"), m("发票领用簿", "original", false, "全面数字化电子发票无需提交")]],
  ["税务", "gg", "nashui", "both", "纳税证明开具", [5, 0], 0, true, "纳税人需要证明已缴纳税款的情形。", [m("纳税人身份证件", "original")]],
  ["税务", "qr", "nashui", "legal", "增值税一般纳税人登记", [5, 0], 0, true, "年应税销售额超过小规模纳税人标准的纳税人，或会计核算健全、能提供准确税务资料的纳税人自愿登记。", [m("增值税一般纳税人登记表", "original")]],
  ["发改", "qr", "nashui", "legal", "企业投资项目备案", [5, 2], 0, true, "在本州实施、不使用政府投资且不属于核准目录的企业投资项目。", [m("项目备案信息表（在线填报）", "original"), m("项目单位营业执照", "copy")]],
  // 工程建设
  ["住建", "xk", "gongcheng", "legal", "建筑工程施工许可证核发", [7, 3], 0, true, "已办理用地批准手续、取得建设工程规划许可证，施工场地具备施工条件，已确定施工企业，有满足施工需要的资金安排和技术资料。", [m("建筑工程施工许可申请表", "original"), m("建设工程规划许可证", "copy"), m("中标通知书或直接发包批准手续", "copy"), m("施工图设计文件审查合格书", "copy")]],
  ["自然资源", "xk", "gongcheng", "legal", "建设工程规划许可证核发", [20, 10], 1, true, "在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设，已取得土地使用权。", [m("建设工程规划许可申请表", "original"), m("土地使用权证明文件", "copy"), m("建设工程设计方案", "original")]],
  ["生态", "xk", "gongcheng", "legal", "建设项目环境影响报告表审批", [30, 15], 1, true, "依法应当编制环境影响报告表的建设项目，符合生态环境分区管控要求。", [m("环境影响报告表", "original"), m("审批申请函", "original")], { faq: [{ question: "哪些项目只需登记表备案？", answer: "按《建设项目环境影响评价分类管理名录》应当填报登记表的项目，在线备案即可，不需审批。" }] }],
  ["住建", "qr", "gongcheng", "legal", "房屋建筑和市政基础设施工程竣工验收备案", [15, 5], 0, true, "工程竣工验收合格，建设单位在验收合格之日起 15 日内申请备案。", [m("竣工验收备案表", "original"), m("工程竣工验收报告", "original"), m("规划、消防等认可文件", "copy")]],
];

export const serviceGuides: SeedServiceGuide[] = entries.map(([key, type, theme, audience, name, [legalDays, promisedDays], visits, online, conditions, materials, extra = {}], index) => {
  const department = serviceDepartments[key]!;
  const code = `${department.credit}-${TYPE_CODE[type]}-${String(1001 + index).padStart(4, "0")}`;
  const isLegal = audience !== "person";
  return {
    code,
    name,
    serviceType: type,
    department: department.name,
    audience,
    theme,
    conditions,
    materials: [...materials, ...(isLegal ? [m("法定代表人身份证件", "copy", true, "经办人办理时另交授权委托书")] : [AGENT])],
    steps: extra.steps ?? (promisedDays === 0 && visits <= 1 ? STEPS_COUNTER : STEPS_ONLINE),
    legalDays,
    promisedDays,
    fee: extra.fee ?? "",
    location: department.location,
    hours: HOURS,
    phone: department.phone,
    complaintPhone: COMPLAINT,
    onlineUrl: online ? `https://zwfw.xinjiang.gov.cn/xjzwfw/item/${code}` : null,
    visits,
    faq: extra.faq ?? [],
  };
});
