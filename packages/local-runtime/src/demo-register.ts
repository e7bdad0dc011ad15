import { IMPORT_COLUMNS, type Services } from "@beian/core";
import { DEMO_PEOPLE } from "./demo-data.js";

type Row = [unitId: string, platform: string, name: string, id: string, leader: string, admin: string, mode: string, contractor?: string, contractEnd?: string];

/**
 * Accounts already in the register when the demo starts (imported, as a registry office would on
 * day one). None is a WeChat account of 教育局, so the walkthrough's first filing goes through.
 */
const ACCOUNTS: Row[] = [
  ["unit-registry", "微信公众号", "清河发布", "gh_qinghefabu", "张建国;县政府办公室主任;13900000011", "周敏;13900000012;zhoumin@qinghe.gov.cn", "自主运营"],
  ["unit-registry", "微博", "清河发布", "https://weibo.com/qinghefabu", "张建国;县政府办公室主任;13900000011", "周敏;13900000012;zhoumin@qinghe.gov.cn", "自主运营"],
  ["unit-registry", "抖音", "清河发布", "qinghefabu_dy", "张建国;县政府办公室主任;13900000011", "周敏;13900000012;zhoumin@qinghe.gov.cn", "自主运营"],
  ["unit-education", "微博", "清河教育", "https://weibo.com/qinghejy", "李明;局长;13900000021", "王芳;13800000002;wangfang@edu.qinghe.gov.cn", "自主运营"],
  ["unit-school", "视频号", "清河一中", "qhyz_sph", "赵校;校长;13900000031", "林静;13900000032;linjing@school.qinghe.gov.cn", "自主运营"],
  ["unit-culture", "抖音", "清河文旅", "qinghewl_dy", "孙文;局长;13900000041", "陈刚;13900000042;chengang@wl.qinghe.gov.cn", "自主运营"],
  ["unit-culture", "小红书", "清河文旅", "qinghewl_xhs", "孙文;局长;13900000041", "陈刚;13900000042;chengang@wl.qinghe.gov.cn", "委托运营", "清河某某文化传媒有限公司", "2026-12-10"],
  ["unit-town", "微信公众号", "城关发布", "gh_chengguan", "刘镇;镇长;13900000051", "刘洋;13900000052;liuyang@cg.qinghe.gov.cn", "自主运营"],
];

function cells(row: Row): Record<string, string> {
  const [unitId, platform, accountName, platformAccountId, leader, admin, mode, contractor, contractEnd] = row;
  const [leaderName, leaderTitle, leaderPhone] = leader.split(";");
  const [adminName, adminPhone, adminEmail] = admin.split(";");
  const c = IMPORT_COLUMNS;
  return {
    [c.unitId]: unitId,
    [c.platform]: platform,
    [c.accountName]: accountName,
    [c.platformAccountId]: platformAccountId,
    [c.purpose]: "发布权威信息，解读政策，回应关切，提供便民服务。",
    [c.publishingScope]: "政务公开信息、政策解读、工作动态、便民服务。",
    [c["leader.name"]]: leaderName,
    [c["leader.title"]]: leaderTitle,
    [c["leader.phone"]]: leaderPhone,
    [c["administrators.name"]]: adminName,
    [c["administrators.phone"]]: adminPhone,
    [c["administrators.email"]]: adminEmail,
    [c["administrators.onPayroll"]]: "是",
    [c.operationMode]: mode,
    [c["contractor.name"]]: contractor ?? "",
    [c["contractor.contractEndDate"]]: contractEnd ?? "",
    [c.verification]: "已认证",
    [c.justification]: "",
    [c.filedOn]: "2025-03-01",
  };
}

/** Imports the demo register once; the import skips accounts already there, so a restart adds nothing. */
export async function seedDemoRegister(services: Services): Promise<number> {
  const admin = DEMO_PEOPLE.find((p) => p.roles.includes("admin"))!;
  const file = { columns: Object.values(IMPORT_COLUMNS), rows: ACCOUNTS.map((row, i) => ({ row: i + 2, cells: cells(row) })), digest: "demo-register-v1" };
  const result = await services.registerImport.import(admin, async () => file);
  return result.created.length;
}
