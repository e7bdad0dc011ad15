/** Under every phone field: the formats the server accepts (the core's phone rule). */
export const PHONE_HINT = "手机号 11 位，或固定电话如 0310-1234567";

/** Under every email field. */
export const EMAIL_HINT = "工作邮箱，如 zhangsan@example.gov.cn";
