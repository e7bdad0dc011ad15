/** Platforms a unit may file, with the short code used inside filing numbers. */
export const PLATFORMS = {
  wechat: { label: "微信公众号", code: "WX" },
  weibo: { label: "微博", code: "WB" },
  douyin: { label: "抖音", code: "DY" },
  kuaishou: { label: "快手", code: "KS" },
  toutiao: { label: "今日头条", code: "TT" },
  channels: { label: "视频号", code: "SPH" },
  xiaohongshu: { label: "小红书", code: "XHS" },
  bilibili: { label: "哔哩哔哩", code: "BILI" },
  baijiahao: { label: "百家号", code: "BJH" },
  app: { label: "移动客户端", code: "APP" },
  other: { label: "其他", code: "QT" },
} as const;

export type Platform = keyof typeof PLATFORMS;
export const PLATFORM_IDS = Object.keys(PLATFORMS) as [Platform, ...Platform[]];

/**
 * The same platform account can be written many ways ("https://weibo.com/u/123/", "weibo.com/u/123",
 * "WEIBO.COM/u/123"). Uniqueness is enforced on this normalized form so that a second filing of the
 * same account is caught however it was typed.
 */
export function normalizePlatformAccountId(raw: string): string {
  let value = raw.trim().toLowerCase();
  value = value.replace(/^[a-z][a-z0-9+.-]*:\/\//, "");
  value = value.replace(/^www\./, "");
  value = value.replace(/[?#].*$/, "");
  value = value.replace(/\/+$/, "");
  return value.replace(/\s+/g, "");
}
