import { revalidatePublic } from "@/lib/site/revalidate";

// The public pages an interview appears on: the list and its own page.
export function revalidateInterview(id: number): void {
  revalidatePublic(["/interaction/interviews", `/interaction/interviews/${id}`]);
}
