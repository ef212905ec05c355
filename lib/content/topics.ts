import { z } from "zod";

/**
 * 主题分类 of policy documents: the national classification government portals use for
 * 法定主动公开内容 (国务院办公厅 政府信息公开 主题分类). Kept as data: a document stores the key;
 * the 文件库 filter, the article's information box and /gk list them in this order.
 */
export const TOPICS = [
  "综合政务",
  "国民经济管理、国有资产监管",
  "财政、金融、审计",
  "国土资源、能源",
  "农业、林业、水利",
  "工业、交通",
  "商贸、海关、旅游",
  "市场监管、安全生产监管",
  "城乡建设、环境保护",
  "科技、教育",
  "文化、广电、新闻出版",
  "卫生、体育",
  "人口与计划生育、妇女儿童工作",
  "劳动、人事、监察",
  "公安、安全、司法",
  "民政、扶贫、救灾",
  "民族、宗教",
  "对外事务",
  "港澳台侨工作",
  "国防",
  "其他",
] as const;
export type Topic = (typeof TOPICS)[number];

export const topicSchema = z.enum(TOPICS, { error: "请选择主题分类" });

export function parseTopic(value: string | null | undefined): Topic | null {
  const parsed = topicSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * 索引号: the issuing body's 统一社会信用代码 (18 characters), a slash, the year and a
 * five-digit serial, e.g. 11652300010000000X/2026-00003.
 */
export const INDEX_NUMBER = /^[0-9A-Z]{18}\/\d{4}-\d{5}$/;
