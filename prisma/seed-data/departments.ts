// Demo departments of 昌吉州 (the demo seed only: a production database gets its departments
// from an admin at /admin/departments). The demo handler is assigned to the first two.

export const departments: { name: string; description: string }[] = [
  { name: "州发展和改革委员会", description: "国民经济和社会发展规划、重大项目、价格、营商环境等方面的来信。" },
  { name: "州教育局", description: "学前教育、义务教育、招生入学、学校管理和教师队伍等方面的来信。" },
  { name: "州人力资源和社会保障局", description: "就业创业、社会保险、劳动关系、工资支付和人才服务等方面的来信。" },
  { name: "州住房和城乡建设局", description: "住房保障、物业管理、建筑市场、城市建设和老旧小区改造等方面的来信。" },
  { name: "州生态环境局", description: "大气、水、土壤污染防治和环境噪声、生态保护等方面的来信。" },
  { name: "州市场监督管理局", description: "市场主体登记、食品药品安全、产品质量、价格和消费者权益保护等方面的来信。" },
];

export const DEMO_HANDLER_DEPARTMENTS = 2;
