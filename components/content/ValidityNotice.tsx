import { validityLabel, type Validity } from "@/lib/content/validity";

const tone: Record<Validity, string> = {
  valid: "border-green-800 bg-green-50 text-green-900",
  amended: "border-amber-700 bg-amber-50 text-amber-900",
  repealed: "border-red-800 bg-red-50 text-red-900",
};

/** 文号 and 效力 of a policy document, shown prominently above its text. */
export function ValidityNotice({
  docNumber,
  validity,
  note,
}: {
  docNumber: string | null;
  validity: Validity | null;
  note: string | null;
}) {
  if (!docNumber && !validity) return null;
  return (
    <section aria-label="文件信息" className={`my-4 rounded border-2 p-4 ${validity ? tone[validity] : "border-line bg-white"}`}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {docNumber && (
          <>
            <dt className="font-semibold">文　　号</dt>
            <dd>{docNumber}</dd>
          </>
        )}
        {validity && (
          <>
            <dt className="font-semibold">效　　力</dt>
            <dd className="font-bold">{validityLabel[validity]}</dd>
          </>
        )}
      </dl>
      {note && <p className="mt-2">{note}</p>}
      {validity === "repealed" && <p className="mt-2 font-semibold">本文件已废止，仅供查阅，不再作为执行依据。</p>}
    </section>
  );
}
