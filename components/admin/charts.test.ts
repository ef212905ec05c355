import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, it } from "vitest";
import { BarChart, DailyChart, fitLabel } from "./charts";

const viewBoxHeight = (svg: string) => Number(/viewBox="0 0 400 (\d+)"/.exec(svg)![1]);

it("keeps the daily chart's legend inside the drawing", () => {
  const svg = renderToStaticMarkup(createElement(DailyChart, { id: "d", days: [{ day: "2026-11-30", views: 5, visitors: 2 }] }));
  // Everything sits in a group moved down by 10; the legend's baseline plus its descent (about 3) must fit.
  const lowest = Math.max(...[...svg.matchAll(/<text[^>]* y="(\d+)"/g)].map((match) => Number(match[1])));
  expect(lowest + 10 + 3).toBeLessThanOrEqual(viewBoxHeight(svg));
});

it("shortens bar labels to the room left of the bars", () => {
  expect(fitLabel("/article/123", 140)).toBe("/article/123");
  const long = fitLabel("昌吉回族自治州人民政府门户网站首页新闻", 140);
  expect(long.endsWith("…")).toBe(true);
  expect([...long].length * 11).toBeLessThanOrEqual(140);
  const svg = renderToStaticMarkup(createElement(BarChart, { id: "b", title: "按来源", valueLabel: "浏览量", rows: [{ label: "昌吉回族自治州人民政府门户网站首页新闻", value: 3 }] }));
  expect(svg).toContain(long);
});
