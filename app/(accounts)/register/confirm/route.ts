import { confirmEmail } from "@/lib/accounts/registration";

// The link in the confirmation mail. A relative Location: the origin is never taken from
// the request's Host.
export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const confirmed = await confirmEmail(token);
  return new Response(null, { status: 303, headers: { Location: confirmed ? "/login?confirmed=1" : "/login?confirmFailed=1", "Cache-Control": "no-store" } });
}
