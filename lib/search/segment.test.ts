import { describe, expect, it } from "vitest";
import { DEPARTMENT_NAMES, PLACE_NAMES, userDictionary } from "./dictionary";
import { indexWords, normalizeText, queryWords } from "./segment";
import { departments } from "@/prisma/seed-data/departments";

const indexed = (text: string) => indexWords(text).split(" ");

describe("segmentation", () => {
  it("keeps the prefecture's places whole and indexes their short forms", () => {
    expect(queryWords("吉木萨尔县人民政府")).toEqual(["吉木萨尔县", "人民政府"]);
    expect(indexed("吉木萨尔县人民政府")).toEqual(expect.arrayContaining(["吉木萨尔县", "吉木萨尔"]));
    expect(indexed("木垒哈萨克自治县")).toEqual(expect.arrayContaining(["木垒哈萨克自治县", "木垒"]));
    for (const place of ["昌吉", "阜康", "呼图壁", "玛纳斯", "奇台", "吉木萨尔", "木垒", "准东"]) {
      expect(queryWords(place), place).toEqual([place]);
    }
  });

  it("finds two-character words and the parts of a four-character phrase", () => {
    expect(queryWords("医保")).toEqual(["医保"]);
    expect(queryWords("供热")).toEqual(["供热"]);
    expect(queryWords("冬季供热")).toEqual(["冬季", "供热"]);
    expect(indexed("做好冬季供热和医保参保工作")).toEqual(expect.arrayContaining(["冬季", "供热", "医保", "参保"]));
  });

  it("splits a 文号 into the words its document is indexed under", () => {
    const words = queryWords("昌州政发〔2026〕3号");
    expect(words).toEqual(["昌州", "政发", "2026", "3", "号"]);
    expect(indexed("昌州政发〔2026〕3号")).toEqual(expect.arrayContaining(words));
  });

  it("keeps Latin letters and digits whole, in one case and width", () => {
    expect(queryWords("IPv6")).toEqual(["ipv6"]);
    expect(queryWords("ＩＰｖ６ 改造")).toEqual(["ipv6", "改造"]);
    expect(queryWords("12345")).toEqual(["12345"]);
    expect(indexed("拨打12345热线")).toContain("12345");
    expect(normalizeText("ＡＢＣ１２３")).toBe("abc123");
  });

  it("drops punctuation, spaces and function words, each word once", () => {
    expect(queryWords("的")).toEqual([]);
    expect(queryWords("，。！ ")).toEqual([]);
    expect(queryWords("医保 医保 的 政策")).toEqual(["医保", "政策"]);
    expect(indexWords("〔〕，。")).toBe("");
  });
});

describe("user dictionary", () => {
  it("holds every place and department, one per line in jieba's format", () => {
    const lines = userDictionary().trim().split("\n");
    for (const line of lines) expect(line).toMatch(/^\S+ \d+$/);
    const words = lines.map((line) => line.split(" ")[0]);
    for (const name of [...PLACE_NAMES, ...DEPARTMENT_NAMES]) expect(words).toContain(name);
  });

  it("names every demo department, which segment as one word", () => {
    for (const { name } of departments) {
      expect(DEPARTMENT_NAMES).toContain(name);
      expect(queryWords(name)).toEqual([name]);
    }
  });
});
