import { formatDate, formatFileSize } from "@/lib/format";
import type { PublishedGuide } from "@/lib/services/queries";

// Every field of a 办事指南, as Chinese portals show it: a 基本信息 table, then the
// conditions, materials, steps and questions. Plain HTML: prints as it is (app/globals.css).

const days = (value: number) => (value === 0 ? "即办" : `${value} 个工作日`);

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-6">
      <h2 id={id} className="mb-2 border-b-2 border-gov-red pb-1 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const paragraphs = (text: string) =>
  text.split(/\n+/).map((line, index) => (
    <p key={index} className="mb-2">
      {line}
    </p>
  ));

export function GuideDetail({ guide }: { guide: PublishedGuide }) {
  const basics: [string, React.ReactNode][] = [
    ["事项名称", guide.name],
    ["事项编码", guide.code],
    ["事项类型", guide.typeLabel],
    ["实施主体", guide.department.name],
    ["服务对象", guide.audienceLabel],
    ["主题", guide.themeLabel],
    ["法定时限", days(guide.legalDays)],
    ["承诺时限", days(guide.promisedDays)],
    ["收费标准", guide.fee || "不收费"],
    ["办理地点", guide.location],
    ["办理时间", guide.hours],
    ["咨询电话", guide.phone],
    ["监督投诉电话", guide.complaintPhone],
    ["是否可在线办理", guide.onlineUrl ? "是" : "否"],
    ["到现场次数", `${guide.visits} 次`],
    ["更新日期", formatDate(guide.updatedAt)],
  ];
  return (
    <>
      <Section id="basics" title="基本信息">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">基本信息</caption>
          <tbody>
            {basics.map(([label, value]) => (
              <tr key={label} className="border border-line">
                <th scope="row" className="w-40 bg-paper p-2 font-semibold">
                  {label}
                </th>
                <td className="p-2">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="conditions" title="办理条件">
        {paragraphs(guide.conditions)}
      </Section>
      <Section id="materials" title="申请材料">
        {guide.materials.length === 0 ? (
          <p>无需提交材料。</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">申请材料</caption>
              <thead>
                <tr className="bg-paper">
                  <th scope="col" className="border border-line p-2">序号</th>
                  <th scope="col" className="border border-line p-2">材料名称</th>
                  <th scope="col" className="border border-line p-2">材料形式</th>
                  <th scope="col" className="border border-line p-2">份数</th>
                  <th scope="col" className="border border-line p-2">是否必需</th>
                  <th scope="col" className="border border-line p-2">备注</th>
                  <th scope="col" className="border border-line p-2">空白表格</th>
                </tr>
              </thead>
              <tbody>
                {guide.materials.map((item, index) => (
                  <tr key={index}>
                    <td className="border border-line p-2">{index + 1}</td>
                    <td className="border border-line p-2">{item.name}</td>
                    <td className="border border-line p-2">{item.formLabel}</td>
                    <td className="border border-line p-2">{item.copies}</td>
                    <td className="border border-line p-2">{item.required ? "必需" : "非必需"}</td>
                    <td className="border border-line p-2">{item.note}</td>
                    <td className="border border-line p-2">
                      {item.blankForm ? (
                        <a href={`/files/forms/${item.blankForm.id}`} download data-testid="blank-form">
                          下载 {item.blankForm.fileName}（{formatFileSize(item.blankForm.size)}）
                        </a>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section id="steps" title="办理流程">
        <ol className="list-decimal space-y-1 pl-6">
          {guide.steps.map((step, index) => (
            <li key={index}>{step}</li>
          ))}
        </ol>
      </Section>
      {guide.faq.length > 0 ? (
        <Section id="faq" title="常见问题">
          <dl>
            {guide.faq.map((item, index) => (
              <div key={index} className="mb-3">
                <dt className="font-semibold">问：{item.question}</dt>
                <dd>答：{item.answer}</dd>
              </div>
            ))}
          </dl>
        </Section>
      ) : null}
    </>
  );
}
