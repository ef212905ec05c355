import type { SeedCategory } from "./types";

export const categories: SeedCategory[] = [
  {
    slug: "yaowen",
    name: "要闻动态",
    description: "昌吉州人民政府重要会议、重点工作和全州经济社会发展动态。",
    sortOrder: 1,
  },
  {
    slug: "tzgg",
    name: "通知公告",
    description: "州人民政府及所属部门发布的通知、公告、公示等信息。",
    sortOrder: 2,
  },
  {
    slug: "zcwj",
    name: "政策文件",
    description: "州人民政府及州人民政府办公室公开发布的行政规范性文件和其他政策文件。",
    sortOrder: 3,
    isPolicy: true,
  },
  {
    slug: "zcjd",
    name: "政策解读",
    description: "对州本级重要政策文件的背景、主要内容和办理方式进行解读说明。",
    sortOrder: 4,
  },
  {
    slug: "bmfw",
    name: "便民服务",
    description: "社保、医保、户籍、教育、不动产等常用事项的办事指南和服务信息。",
    sortOrder: 5,
  },
  {
    slug: "bmdt",
    name: "部门动态",
    description: "州直各部门、各单位的工作动态。",
    sortOrder: 6,
  },
  {
    slug: "zfwj",
    name: "州政府文件",
    description: "以昌吉回族自治州人民政府名义印发的政策文件。",
    sortOrder: 1,
    parentSlug: "zcwj",
    isPolicy: true,
  },
  {
    slug: "bgswj",
    name: "州政府办公室文件",
    description: "以昌吉回族自治州人民政府办公室名义印发的政策文件。",
    sortOrder: 2,
    parentSlug: "zcwj",
    isPolicy: true,
  },
];
