import { expect, type APIRequestContext, type BrowserContext } from "@playwright/test";

// Finds the site's content from its own pages, so the tests follow the demo data rather than
// hard-coding ids: categories from the site map, articles from the category listings.

export interface Category {
  slug: string;
  name: string;
}

export interface ListedArticle {
  path: string;
  title: string;
  docNumber?: string;
  validity?: string;
}

export const VALIDITIES = ["有效", "已修改", "已废止"] as const;

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .trim();

export async function fetchHtml(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  return response.text();
}

/** The part of a page inside <main>, without React's text separators (<!-- -->). */
function mainOf(html: string): string {
  const start = html.indexOf("<main");
  const end = html.indexOf("</main>");
  return (start >= 0 && end > start ? html.slice(start, end) : html).replace(/<!-- -->/g, "");
}

/** Every category (top level and sub-category) listed on the site map. */
export async function listCategories(request: APIRequestContext): Promise<Category[]> {
  const html = mainOf(await fetchHtml(request, "/sitemap"));
  const found = new Map<string, string>();
  for (const [, slug, name] of html.matchAll(/href="\/category\/([^"/]+)"[^>]*>([^<]+)<\/a>/g)) {
    if (slug && name && !found.has(slug)) found.set(slug, decode(name));
  }
  expect(found.size, "categories on the site map").toBeGreaterThan(0);
  return [...found].map(([slug, name]) => ({ slug, name }));
}

/** The articles on one listing page, newest first, with 文号 and 效力 when shown. */
export async function listArticles(request: APIRequestContext, listingPath: string): Promise<ListedArticle[]> {
  const html = mainOf(await fetchHtml(request, listingPath));
  const items: ListedArticle[] = [];
  for (const chunk of html.split("<li").slice(1)) {
    const link = chunk.match(/href="(\/article\/\d+)"[^>]*>([^<]+)<\/a>/);
    if (!link?.[1] || !link[2]) continue;
    const meta = chunk.match(/<p[^>]*>([^<]*)(?:<span[^>]*>【([^】]+)】<\/span>)?<\/p>/);
    items.push({
      path: link[1],
      title: decode(link[2]),
      docNumber: meta?.[1] ? decode(meta[1]) || undefined : undefined,
      validity: meta?.[2],
    });
  }
  return items;
}

/** The total shown on a listing ("共 N 条"). */
export async function articleCount(request: APIRequestContext, slug: string): Promise<number> {
  const html = mainOf(await fetchHtml(request, `/category/${slug}`));
  const match = html.match(/共\s*(\d+)\s*条/);
  expect(match, `article count on /category/${slug}`).not.toBeNull();
  return Number(match?.[1]);
}

/** One policy document for each 效力, from the policy listing (which includes sub-categories). */
/** Every article of a category, over all its listing pages (/category/x, /category/x/2, ...). */
export async function listAllArticles(request: APIRequestContext, slug: string): Promise<ListedArticle[]> {
  const articles = await listArticles(request, `/category/${slug}`);
  for (let page = 2; (await request.get(`/category/${slug}/${page}`)).ok(); page++) {
    articles.push(...(await listArticles(request, `/category/${slug}/${page}`)));
  }
  return articles;
}

export async function policyByValidity(request: APIRequestContext): Promise<Map<string, ListedArticle>> {
  const found = new Map<string, ListedArticle>();
  for (const article of await listAllArticles(request, "zcwj")) {
    if (article.validity && !found.has(article.validity)) found.set(article.validity, article);
  }
  return found;
}

/** The path of the first article (newest first) that has an attachment. */
export async function articleWithAttachment(request: APIRequestContext): Promise<{ path: string; file: string }> {
  for (const category of await listCategories(request)) {
    for (const article of await listArticles(request, `/category/${category.slug}`)) {
      const file = (await fetchHtml(request, article.path)).match(/href="(\/files\/\d+)"/)?.[1];
      if (file) return { path: article.path, file };
    }
  }
  throw new Error("no article with an attachment in the demo content");
}

/** Switches a context to elder mode the way the 长者版 link does (the cookie). */
export async function useElderMode(context: BrowserContext, baseURL: string | undefined): Promise<void> {
  await context.addCookies([{ name: "elder", value: "1", url: baseURL ?? "http://localhost:3100" }]);
}

/** The search page: results (with highlights and pages), no result, and no query. */
export const SEARCH_ROUTES = ["/search?q=%E4%BE%9B%E7%83%AD", "/search?q=%E9%98%BF%E5%B7%B4%E9%98%BF%E5%B7%B4", "/search"];

/** Addresses that answer 404: one outside the public page tree, one inside it. */
export const NOT_FOUND = ["/no-such-page", "/article/999999", "/mailbox/letters/999999"];

/**
 * Every public route: home, each category, the newest article of each category, a policy
 * document of each 效力, the static pages, the site map, the mailbox pages and three 404 pages.
 */
export async function publicRoutes(request: APIRequestContext): Promise<string[]> {
  const routes = ["/"];
  const articles: string[] = [];
  for (const { slug } of await listCategories(request)) {
    routes.push(`/category/${slug}`);
    const [newest] = await listArticles(request, `/category/${slug}`);
    if (newest) articles.push(newest.path);
  }
  for (const article of (await policyByValidity(request)).values()) articles.push(article.path);
  routes.push(...new Set(articles));
  routes.push("/privacy", "/disclaimer", "/contact", "/about", "/interaction", "/sitemap");
  routes.push(...(await mailboxRoutes(request)));
  routes.push("/gk/ysq/apply", "/gk/ysq/track");
  routes.push(...SEARCH_ROUTES);
  routes.push(...(await serviceRoutes(request)));
  routes.push(...GK_ROUTES);
  routes.push(...CONSULTATION_ROUTES);
  routes.push(...INTERVIEW_ROUTES);
  routes.push(...(await evaluationRoutes(request)));
  routes.push(...(await questionRoutes(request)));
  routes.push(...NOT_FOUND);
  return routes;
}

/** 在线服务: the directory, a theme, an audience tab, a department, the name search and one guide. */
export async function serviceRoutes(request: APIRequestContext): Promise<string[]> {
  const html = mainOf(await fetchHtml(request, "/services/theme/huji"));
  const guide = html.match(/href="(\/services\/[0-9A-Z][0-9A-Z-]+)"/)?.[1];
  const directory = mainOf(await fetchHtml(request, "/services"));
  const department = directory.match(/href="(\/services\/department\/\d+)"/)?.[1];
  expect(guide, "a guide on /services/theme/huji").toBeTruthy();
  return ["/services", "/services/theme/huji", "/services/audience/legal", ...(department ? [department] : []), "/services/search?q=%E7%99%BB%E8%AE%B0", guide!];
}
/** 民意征集: the list and the demo's answered consultation (feedback, public opinions). */
export const CONSULTATION_ROUTES = ["/interaction/consultations", "/interaction/consultations/1"];

/** 嘉宾访谈: the list and the demo's archived interview (guests, transcript, answered question, summary). */
export const INTERVIEW_ROUTES = ["/interaction/interviews", "/interaction/interviews/1"];

/** 政务公开: the section's page, the 文件库 and a filtered, searched view of it. */
export const GK_ROUTES = ["/gk", "/gk/wjk", `/gk/wjk?q=${encodeURIComponent("通知")}&topic=${encodeURIComponent("综合政务")}&validity=valid`];

/** 网上评议: the list of rounds and the newest round's page (results and approved comments). */
export async function evaluationRoutes(request: APIRequestContext): Promise<string[]> {
  const html = mainOf(await fetchHtml(request, "/interaction/evaluations"));
  const round = html.match(/href="(\/interaction\/evaluations\/\d+)"/)?.[1];
  expect(round, "a round on /interaction/evaluations").toBeTruthy();
  return ["/interaction/evaluations", round!];
}

/** 在线问答: the board, an answered question, 常见问题 and the ask page (a sign-in link when anonymous); the filtered views share the board's markup. */
export async function questionRoutes(request: APIRequestContext): Promise<string[]> {
  const html = mainOf(await fetchHtml(request, "/interaction/questions"));
  const question = html.match(/href="(\/interaction\/questions\/\d+)"/)?.[1];
  expect(question, "an answered question on /interaction/questions").toBeTruthy();
  return ["/interaction/questions", question!, "/interaction/questions/faq", "/interaction/questions/ask"];
}

/** 州长信箱: the mailbox page, the search and tracking pages and a published letter, if any. */
export async function mailboxRoutes(request: APIRequestContext): Promise<string[]> {
  const html = mainOf(await fetchHtml(request, "/mailbox"));
  const letter = html.match(/href="(\/mailbox\/letters\/\d+)"/)?.[1];
  return ["/mailbox", "/mailbox/search?type=suggest&q=%E5%85%AC%E4%BA%A4", "/mailbox/track", ...(letter ? [letter] : [])];
}
