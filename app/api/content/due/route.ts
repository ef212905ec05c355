import { z } from "zod";
import { isInternalRequest, revalidateDueArticles } from "@/lib/content/schedule";

// Called only by the server's own scheduled-publishing timer (lib/content/schedule.ts), with
// a token that exists only in the server process's memory; no person can call it, so it
// checks that token instead of a permission.
const bodySchema = z.object({ ids: z.array(z.number().int().positive()).max(1000) });

export async function POST(request: Request) {
  if (!isInternalRequest(request)) return new Response(null, { status: 404 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response(null, { status: 400 });
  const count = await revalidateDueArticles(parsed.data.ids);
  return Response.json({ revalidated: count });
}
