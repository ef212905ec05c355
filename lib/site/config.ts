import { env } from "@/lib/env";

/** Facts about the site shown in the header and footer. */
export const site = {
  get name() {
    return env().SITE_NAME;
  },
  organizer: "昌吉回族自治州人民政府办公室",
  operator: "昌吉回族自治州政府电子政务中心",
  phone: "0994-2586299",
  fax: "0994-2586298",
  address: "新疆维吾尔自治区昌吉回族自治州昌吉市延安北路 186 号",
  postcode: "831100",
  /** The marks Chinese government sites carry in the footer, each a link (SITE_CODE, SITE_ICP, SITE_POLICE_RECORD). */
  get marks(): FooterMark[] {
    return footerMarks(env());
  },
};

export interface FooterMark {
  label: string;
  text: string;
  href: string;
}

/** 网站标识码 (to the national 政府网站 找错 page), ICP备案号 (to the MIIT register), 公安机关备案号 (to the MPS register). */
export function footerMarks(config: { SITE_CODE: string; SITE_ICP: string; SITE_POLICE_RECORD: string }): FooterMark[] {
  const recordCode = config.SITE_POLICE_RECORD.replace(/\D/g, "");
  return [
    { label: "网站标识码", text: config.SITE_CODE, href: `https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=${encodeURIComponent(config.SITE_CODE)}` },
    { label: "ICP备案号", text: config.SITE_ICP, href: "https://beian.miit.gov.cn/" },
    { label: "公安机关备案号", text: config.SITE_POLICE_RECORD, href: `https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=${recordCode}` },
  ];
}
