import { describe, expect, it } from "vitest";
import {
  birthDateSchema,
  checkIdCard,
  EDUCATION_LEVELS,
  idCardCheckChar,
  phoneSchema,
  profileSchema,
  registerSchema,
} from "./validation";

const validProfile = {
  name: "张三",
  birthDate: "",
  gender: "",
  phone: "13912345678",
  address: "",
  idCard: "",
  education: "",
  occupation: "",
};

describe("身份证号码 (GB 11643)", () => {
  it("computes the published example's check character", () => {
    expect(idCardCheckChar("11010519491231002")).toBe("X");
  });

  it.each([
    ["11010519491231002X", "1949-12-31"],
    ["11010519491231002x", "1949-12-31"], // lower-case x is accepted and upper-cased
    ["44030419991118001X", "1999-11-18"],
    ["652301198001011230", "1980-01-01"],
    ["652301198402291237", "1984-02-29"], // leap day
    [" 652301199003074475 ", "1990-03-07"],
  ])("accepts %s", (input, birthDate) => {
    const result = checkIdCard(input);
    expect(result).toEqual({ ok: true, number: input.trim().toUpperCase(), birthDate });
  });

  it.each([
    ["652301198001011231", "校验位"], // wrong check digit
    ["110105194912310021", "校验位"], // X replaced by a digit
    ["652301198502291234", "出生日期"], // 1985-02-29 does not exist
    ["652301198013011236", "出生日期"], // month 13
    ["652301209912311235", "出生日期"], // born in the future (check digit right)
    ["65230119800101123", "18 位"], // 17 characters
    ["6523011980010112300", "18 位"], // 19 characters
    ["65230119800101123A", "18 位"],
    ["X52301198001011230", "18 位"],
    ["052301198001011230", "地区"],
  ])("refuses %s", (input, message) => {
    const result = checkIdCard(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe("手机号码", () => {
  it.each(["13012345678", "19912345678", "15800001111"])("accepts %s", (phone) => {
    expect(phoneSchema.safeParse(phone).success).toBe(true);
  });
  it.each(["12012345678", "1391234567", "139123456789", "+8613912345678", "0994-2586299", "1391234567a", ""])(
    "refuses %s",
    (phone) => {
      expect(phoneSchema.safeParse(phone).success).toBe(false);
    },
  );
});

describe("出生日期", () => {
  it("accepts a past date and an empty value", () => {
    expect(birthDateSchema.parse("1980-05-01")).toBe("1980-05-01");
    expect(birthDateSchema.parse("")).toBeNull();
  });
  it("refuses a future date", () => {
    const next = new Date(Date.now() + 3 * 24 * 3600_000).toISOString().slice(0, 10);
    expect(birthDateSchema.safeParse(next).error?.issues[0]?.message).toBe("出生日期不能晚于今天");
  });
  it.each(["1980-02-30", "1980/05/01", "19800501", "1899-12-31"])("refuses %s", (value) => {
    expect(birthDateSchema.safeParse(value).success).toBe(false);
  });
});

describe("profileSchema", () => {
  it("turns empty optional fields into null", () => {
    expect(profileSchema.parse(validProfile)).toMatchObject({ birthDate: null, gender: null, idCard: null, education: null });
  });

  it("accepts every 学历 on the list and nothing else", () => {
    for (const education of EDUCATION_LEVELS) {
      expect(profileSchema.safeParse({ ...validProfile, education }).success).toBe(true);
    }
    const result = profileSchema.safeParse({ ...validProfile, education: "博士后" });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(["education"]);
  });

  it("requires the birth date to agree with the ID number", () => {
    const result = profileSchema.safeParse({ ...validProfile, idCard: "652301198001011230", birthDate: "1980-01-02" });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["birthDate"], message: "出生日期与身份证号码中的出生日期不一致" }),
    ]);
    expect(profileSchema.safeParse({ ...validProfile, idCard: "652301198001011230", birthDate: "1980-01-01" }).success).toBe(true);
  });

  it("bounds the lengths", () => {
    const result = profileSchema.safeParse({ ...validProfile, name: "张".repeat(51), address: "路".repeat(201), occupation: "职".repeat(51) });
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["address", "name", "occupation"]);
  });

  it("refuses an unknown gender", () => {
    expect(profileSchema.safeParse({ ...validProfile, gender: "other" }).success).toBe(false);
  });
});

describe("registerSchema", () => {
  const valid = {
    name: "李四",
    email: "Li.Si@Example.COM",
    phone: "13812345678",
    password: "correct horse battery staple",
    confirmPassword: "correct horse battery staple",
    acceptPrivacy: "on",
  };

  it("lower-cases the e-mail", () => {
    expect(registerSchema.parse(valid).email).toBe("li.si@example.com");
  });

  it.each([
    [{ password: "short1!", confirmPassword: "short1!" }, "password", "至少需要 12 个字符"],
    [{ password: "x".repeat(129), confirmPassword: "x".repeat(129) }, "password", "不能超过 128"],
    [{ password: "Password1234", confirmPassword: "Password1234" }, "password", "过于常见"],
    [{ password: "woaini1314520", confirmPassword: "woaini1314520" }, "password", "过于常见"],
    [{ password: "1qaz2wsx3edc", confirmPassword: "1qaz2wsx3edc" }, "password", "过于常见"],
    [{ confirmPassword: "something else entirely" }, "confirmPassword", "不一致"],
    [{ acceptPrivacy: undefined }, "acceptPrivacy", "隐私政策"],
    [{ email: "not-an-email" }, "email", "格式不正确"],
  ])("refuses %o", (change, field, message) => {
    const result = registerSchema.safeParse({ ...valid, ...change });
    const issue = result.error?.issues.find((candidate) => candidate.path[0] === field);
    expect(issue?.message).toContain(message);
  });
});
