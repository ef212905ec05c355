import { formatDate } from "@/lib/format";
import { validityLabel, type Validity } from "@/lib/content/validity";

const tone: Record<Validity, string> = {
  valid: "border-green-800 bg-green-50 text-green-900",
  amended: "border-amber-700 bg-amber-50 text-amber-900",
  repealed: "border-red-800 bg-red-50 text-red-900",
};

export interface PolicyFacts {
  indexNumber: string | null;
  topic: string | null;
  issuer: string | null;
  writtenAt: Date | null;
  docNumber: string | null;
  publishedAt: Date;
  validity: Validity | null;
  validityNote: string | null;
}

/**
 * The information box of a policy document above its text, as Chinese portals show it:
 * 索引号, 主题分类, 发文机关, 成文日期, 文号, 发布日期 and 效力 (bold, the box framed in the
 * colour of the 效力). Nothing for an article without policy facts.
 */
export function PolicyInfo({ facts }: { facts: PolicyFacts }) {
  const { indexNumber, topic, issuer, writtenAt, docNumber, publishedAt, validity, validityNote } = facts;
  if (!docNumber && !validity && !indexNumber) return null;
  const rows: [string, string | null][] = [
    ["索 引 号", indexNumber],
    ["主题分类", topic],
    ["发文机关", issuer],
    ["成文日期", writtenAt ? formatDate(writtenAt) : null],
    ["文　　号", docNumber],
    ["发布日期", formatDate(publishedAt)],
  ];
  return (
    <section aria-label="文件信息" className={`my-4 rounded border-2 p-4 ${validity ? tone[validity] : "border-line bg-white"}`}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr_auto_1fr]">
        {rows.map(([term, value]) =>
          value ? (
            <div key={term} className="contents">
              <dt className="font-semibold whitespace-nowrap">{term}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ) : null,
        )}
        {validity && (
          <div className="contents">
            <dt className="font-semibold">效　　力</dt>
            <dd className="font-bold">{validityLabel[validity]}</dd>
          </div>
        )}
      </dl>
      {validityNote && <p className="mt-2">{validityNote}</p>}
      {validity === "repealed" && <p className="mt-2 font-semibold">本文件已废止，仅供查阅，不再作为执行依据。</p>}
    </section>
  );
}
