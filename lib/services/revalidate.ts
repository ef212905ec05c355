import { revalidatePublic } from "@/lib/site/revalidate";

// The public pages a guide appears on: the directory and every listing under /services
// (theme, audience, department views), and the guide's own page (under its old and new code).
export function revalidateServiceGuide(codes: string[]): void {
  revalidatePublic(["/services", ...codes.map((code) => `/services/${code}`)], { below: ["/services"] });
}
