import { describe, expect, it } from "vitest";
import { classifyUserAgent } from "./user-agent.mjs";

const UA = {
  chrome: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  firefox: "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
  safariIos: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  edge: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86",
  wechat:
    "Mozilla/5.0 (Linux; Android 13; V2183A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64",
  qq: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/94.0.4606.71 Safari/537.36 Core/1.94.218.400 QQBrowser/12.1.5496.400",
  ipad: "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
  googlebot: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
  baiduspider: "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
};

describe("classifyUserAgent", () => {
  it.each([
    ["Chrome on Windows", UA.chrome, { browser: "Chrome", browserVersion: "131", os: "Windows", osVersion: "10", device: "desktop", bot: false }],
    ["Firefox on Ubuntu", UA.firefox, { browser: "Firefox", browserVersion: "133", os: "Ubuntu", osVersion: "", device: "desktop", bot: false }],
    ["Safari on iPhone", UA.safariIos, { browser: "Mobile Safari", browserVersion: "17", os: "iOS", osVersion: "17", device: "mobile", bot: false }],
    ["Edge on Windows", UA.edge, { browser: "Edge", browserVersion: "131", os: "Windows", osVersion: "10", device: "desktop", bot: false }],
    ["WeChat on Android", UA.wechat, { browser: "WeChat", browserVersion: "8", os: "Android", osVersion: "13", device: "mobile", bot: false }],
    ["QQ Browser on Windows", UA.qq, { browser: "QQBrowser", browserVersion: "12", os: "Windows", osVersion: "10", device: "desktop", bot: false }],
    ["Safari on iPad", UA.ipad, { browser: "Mobile Safari", browserVersion: "16", os: "iOS", osVersion: "16", device: "tablet", bot: false }],
  ])("%s", (_name, userAgent, expected) => {
    expect(classifyUserAgent(userAgent)).toEqual(expected);
  });

  it.each([
    ["Googlebot", UA.googlebot],
    ["Baiduspider", UA.baiduspider],
    ["an empty user agent", ""],
    ["curl", "curl/8.5.0"],
  ])("marks %s as a crawler", (_name, userAgent) => {
    const agent = classifyUserAgent(userAgent);
    expect(agent.bot).toBe(true);
    expect(agent.device).toBe("other");
  });

  it("names an unknown agent 其他 without failing", () => {
    expect(classifyUserAgent("Mozilla/5.0 (SomethingNew)")).toMatchObject({ browser: "其他", os: "其他" });
  });
});
