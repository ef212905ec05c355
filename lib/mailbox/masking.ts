// Hides personal contact and identity numbers in a letter's public version: 身份证号码 (18 and
// 15 digits), mainland mobile numbers, landline numbers (with an area code, or after a word
// like 电话) and e-mail addresses. Each is replaced by a marker that says what was there, so
// readers understand the gap and a second pass finds nothing more. Dates (2026-11-29), letter
// numbers (20261129-0007), amounts and document numbers stay: a number is masked only when
// its shape is that of an ID or a phone number and no digit touches it.

export const MASKS = {
  idCard: "〔身份证号已隐去〕",
  phone: "〔电话号码已隐去〕",
  email: "〔电子邮箱已隐去〕",
} as const;

const DIGIT_BEFORE = "(?<![0-9０-９])";
const DIGIT_AFTER = "(?![0-9０-９])";
const BIRTH_DATE = "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// 18 digits: region (first digit 1-9), birth date 18xx-20xx, sequence, check digit (or X).
const ID_CARD_18 = new RegExp(`${DIGIT_BEFORE}[1-9]\\d{5}(?:18|19|20)\\d{2}${BIRTH_DATE}\\d{3}[0-9Xx]${DIGIT_AFTER}(?![A-Za-z])`, "g");
// 15 digits (before 1999): region, yymmdd, sequence.
const ID_CARD_15 = new RegExp(`${DIGIT_BEFORE}[1-9]\\d{5}\\d{2}${BIRTH_DATE}\\d{3}${DIGIT_AFTER}`, "g");
// Mobile: 1[3-9]x xxxx xxxx, optionally +86/86 and spaces or hyphens between the groups.
const MOBILE = new RegExp(`(?:(?:\\+86|${DIGIT_BEFORE}0086|${DIGIT_BEFORE}86)[\\s-]?|${DIGIT_BEFORE})1[3-9]\\d[\\s-]?\\d{4}[\\s-]?\\d{4}${DIGIT_AFTER}`, "g");
// Landline with an area code: 0994-2345678, (0994)2345678, （0994）2345678, 0994 2345678, 010-12345678, extension -123.
const LANDLINE = new RegExp(
  `${DIGIT_BEFORE}(?:[(（]0\\d{2,3}[)）]\\s?|0\\d{2,3}[\\s-]?)[2-9]\\d{6,7}(?:(?:-|转)\\d{1,5})?${DIGIT_AFTER}`,
  "g",
);
// A local number without area code only after a word that says it is a phone number.
const LOCAL_AFTER_WORD = new RegExp(`((?:电话|座机|固话|联系方式|手机|tel|Tel|TEL)(?:号码)?[是为:：\\s]*)[2-9]\\d{6,7}${DIGIT_AFTER}`, "g");

export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL, MASKS.email)
    .replace(ID_CARD_18, MASKS.idCard)
    .replace(ID_CARD_15, MASKS.idCard)
    .replace(MOBILE, MASKS.phone)
    .replace(LANDLINE, MASKS.phone)
    .replace(LOCAL_AFTER_WORD, (_match, word: string) => `${word}${MASKS.phone}`);
}

/** The public version of a letter, as the publishing preview shows it. */
export function maskedPublicVersion(letter: { title: string; content: string; reply: string | null }) {
  return {
    title: maskPersonalData(letter.title),
    content: maskPersonalData(letter.content),
    reply: maskPersonalData(letter.reply ?? ""),
  };
}

/**
 * A person's name as shown beside what they made public: the first character and two
 * asterisks whatever the length (张三 and 张三丰 both 张**), so the length tells nothing either.
 */
export function maskName(name: string | null | undefined): string {
  const first = Array.from((name ?? "").trim())[0];
  return first ? `${first}**` : "匿名";
}
