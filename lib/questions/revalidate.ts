import { revalidatePublic } from "@/lib/site/revalidate";

// The public pages a question or an FAQ entry appears on: the board, its filtered lists, the
// question's own page, the 常见问题 pages and the 办事指南 pages that show a department's FAQ.
export function revalidateQuestion(id: number): void {
  revalidatePublic(["/interaction/questions", `/interaction/questions/${id}`], { below: ["/interaction/questions"] });
}

export function revalidateFaq(): void {
  revalidatePublic(["/interaction/questions", "/interaction/questions/faq"], { below: ["/interaction/questions", "/services"] });
}
