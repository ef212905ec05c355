import { expect, it } from "vitest";
import { footerMarks } from "./config";

it("makes the footer's 网站标识码, ICP备案号 and 公安机关备案号 links from configuration", () => {
  expect(footerMarks({ SITE_CODE: "6523000001", SITE_ICP: "新ICP备05001234号-1", SITE_POLICE_RECORD: "新公网安备 65230102000123号" })).toEqual([
    { label: "网站标识码", text: "6523000001", href: "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6523000001" },
    { label: "ICP备案号", text: "新ICP备05001234号-1", href: "https://beian.miit.gov.cn/" },
    { label: "公安机关备案号", text: "新公网安备 65230102000123号", href: "https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=65230102000123" },
  ]);
});
