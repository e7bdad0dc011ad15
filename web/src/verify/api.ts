import type { PublicAccount, RegisterPage } from "@beian/core";
import { enc, request } from "../ui/api-client.js";

/** 账号核验 and 注销公告: no log-in, nothing about people. */
export const verifyApi = {
  verify: (q: string) => request<{ query: string; found: boolean; matches: PublicAccount[] }>("GET", `/api/public/verify?q=${enc(q)}`),
  cancelled: (cursor?: string) => request<RegisterPage<PublicAccount>>("GET", `/api/public/cancelled${cursor ? `?cursor=${enc(cursor)}` : ""}`),
};
