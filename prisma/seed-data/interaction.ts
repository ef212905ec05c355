import type { SeedPage } from "./types";

// 互动交流: the channels through which residents reach the government. Update it when the
// online mailbox (州长信箱) opens on this site.
export const interactionPage: SeedPage = {
  slug: "interaction",
  title: "互动交流",
  body: `您可以通过以下渠道向昌吉回族自治州人民政府反映情况、提出意见建议或咨询政务事项。

## 州长信箱

州长信箱受理对全州经济社会发展的意见建议，以及咨询、投诉、举报和求助。来信一般在受理后十五个工作日内答复。

网上写信功能正在建设中，开通后将在本网站首页公布。开通前，请通过 12345 政务服务便民热线或信函反映。

## 12345 政务服务便民热线

拨打 **12345**，全天 24 小时受理政务咨询、投诉举报和意见建议，由热线工作人员转交承办单位办理并回复。

## 信函

来信请寄：新疆维吾尔自治区昌吉回族自治州昌吉市延安北路 186 号，昌吉回族自治州人民政府办公室，邮编 831100。请写明姓名、联系方式和反映的事项。

## 网站意见

对本网站内容和服务的意见，请致电 0994-2586299。
`,
};
