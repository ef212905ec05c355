import type { Metadata } from "next";
import { NotFoundPage } from "@/components/site/NotFoundPage";

export const metadata: Metadata = { title: "页面不存在" };

// Every unknown path is rewritten here (lib/site/public-routes.mjs, notFoundRewrites): one
// cached 404 per variant, with the site header, instead of one per path.
export default function PageNotFound() {
  return <NotFoundPage />;
}
