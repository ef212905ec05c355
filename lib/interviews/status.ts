// The status of a 嘉宾访谈 follows from its times and the staff switch; it is never stored, so
// it cannot go stale (docs/decisions/0025). The switch lets staff start early or run over
// ("live") and close early ("ended"); "auto" leaves it to the planned times.

export const INTERVIEW_STATUSES = {
  live: "正在直播",
  upcoming: "预告",
  archive: "往期回顾",
} as const;
export type InterviewStatus = keyof typeof INTERVIEW_STATUSES;

export const LIVE_SWITCHES = {
  auto: "按访谈时间",
  live: "正在直播（提前开始或延长）",
  ended: "已结束（提前结束）",
} as const;
export type LiveSwitch = keyof typeof LIVE_SWITCHES;

export function isLiveSwitch(value: string): value is LiveSwitch {
  return Object.hasOwn(LIVE_SWITCHES, value);
}

export interface InterviewTimes {
  startsAt: Date;
  endsAt: Date;
  liveSwitch: string;
}

/** 预告 before startsAt, 正在直播 until endsAt (exclusive), then 往期回顾; the switch overrides the times. */
export function interviewStatus(times: InterviewTimes, now = new Date()): InterviewStatus {
  if (times.liveSwitch === "ended") return "archive";
  if (times.liveSwitch === "live") return "live";
  if (now < times.startsAt) return "upcoming";
  if (now < times.endsAt) return "live";
  return "archive";
}

/** Questions are taken before and during the interview. */
export const takesQuestions = (status: InterviewStatus) => status !== "archive";
