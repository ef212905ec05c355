import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders paragraphs, headings, lists and tables", () => {
    const html = renderMarkdown("### 办理材料\n\n- 身份证\n- 申请表\n\n| 事项 | 时限 |\n| --- | --- |\n| 登记 | 1 日 |");
    expect(html).toContain("<h3>办理材料</h3>");
    expect(html).toContain("<li>身份证</li>");
    expect(html).toContain("<td>登记</td>");
  });

  it("removes scripts, event handlers and javascript: links", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src="x" onerror="alert(1)">\n\n[点我](javascript:alert(1))\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe/);
  });

  it("demotes a level-1 heading below the page title", () => {
    expect(renderMarkdown("# 标题").trim()).toBe("<h2>标题</h2>");
  });

  it("opens external links safely and leaves site links alone", () => {
    expect(renderMarkdown("[外部](https://www.gov.cn/)")).toContain('rel="noopener noreferrer"');
    expect(renderMarkdown("[隐私](/privacy)")).toBe('<p><a href="/privacy">隐私</a></p>\n');
  });
});
