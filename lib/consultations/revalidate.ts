import { revalidatePublic } from "@/lib/site/revalidate";

// The public pages a consultation appears on: the list, its status filters and its own page.
export function revalidateConsultation(id: number): void {
  revalidatePublic(["/interaction/consultations", `/interaction/consultations/${id}`], { below: ["/interaction/consultations"] });
}
