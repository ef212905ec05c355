import { revalidatePath } from "next/cache";
import { revalidatePublic } from "@/lib/site/revalidate";

// The public pages a guide appears on: the directory and every listing under /services
// (theme, audience, department views), and the guide's own page (under its old and new code).
// The listings are revalidated through the route pattern: a page's implicit cache tags name
// its layouts by pattern (/[mode]/services/layout), not by the variant's path, so
// revalidatePath("/std/services", "layout") would not reach /std/services/theme/huji.
export function revalidateServiceGuide(codes: string[]): void {
  revalidatePath("/[mode]/services", "layout");
  revalidatePublic(["/services", ...codes.map((code) => `/services/${code}`)]);
}
