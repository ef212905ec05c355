import { requestClientAddress } from "@/lib/http/request";
import { liveResponse } from "@/lib/interviews/stream";

// New transcript turns of a live interview as server-sent events (lib/interviews/stream.ts).
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return liveResponse(request, (await params).id, new Date(), await requestClientAddress());
}
