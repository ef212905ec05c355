import { describe, expect, it } from "vitest";
import { MASKS, maskPersonalData, maskedPublicVersion } from "./masking";

const { idCard: ID, phone: PHONE, email: EMAIL } = MASKS;

describe("maskPersonalData", () => {
  it.each([
    ["身份证号652301199001011234。", `身份证号${ID}。`],
    ["身份证：65230119900101123X", `身份证：${ID}`],
    ["号码 65230119900101123x 请核实", `号码 ${ID} 请核实`],
    ["老身份证652301900101123", `老身份证${ID}`],
    ["我的手机13812345678，谢谢", `我的手机${PHONE}，谢谢`],
    ["手机 138 1234 5678", `手机 ${PHONE}`],
    ["手机138-1234-5678。", `手机${PHONE}。`],
    ["+86 13912345678", PHONE],
    ["8613912345678", PHONE],
    ["座机0994-2345678", `座机${PHONE}`],
    ["电话（0994）2345678", `电话${PHONE}`],
    ["电话(0994) 2345678", `电话${PHONE}`],
    ["010-62345678转123", PHONE],
    ["0994 2345678", PHONE],
    ["联系电话：2345678", `联系电话：${PHONE}`],
    ["邮箱 zhang.san+mail@example.com.cn 联系", `邮箱 ${EMAIL} 联系`],
    ["Wang_Li@163.com", EMAIL],
    ["两个号码13812345678和13912345678", `两个号码${PHONE}和${PHONE}`],
  ])("masks %s", (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it.each([
    "2026-11-29 反映的问题",
    "2026年11月29日上午",
    "信件编号 20261129-0007",
    "20261129-0123 号信件",
    "新政发〔2026〕12号",
    "补贴 12000 元，共 3 户",
    "面积 1234567 平方米",
    "热线 12345 和 0994 区号",
    "时间 08:30-17:30",
    "编号 2026112900071",
    "第123456789012345678901号",
    "办公室在 3 楼 302 室",
    "邮政编码 831100",
    "@某某部门 请回复",
  ])("leaves %s alone", (input) => {
    expect(maskPersonalData(input)).toBe(input);
  });

  it("is idempotent", () => {
    const once = maskPersonalData("电话13812345678，邮箱 a@b.cn，身份证652301199001011234");
    expect(maskPersonalData(once)).toBe(once);
    expect(once).not.toMatch(/\d{7,}/);
  });

  it("masks the title, content and reply of the public version", () => {
    expect(maskedPublicVersion({ title: "13812345678 反映", content: "请联系 a@b.cn", reply: null })).toEqual({
      title: `${PHONE} 反映`,
      content: `请联系 ${EMAIL}`,
      reply: "",
    });
  });
});
