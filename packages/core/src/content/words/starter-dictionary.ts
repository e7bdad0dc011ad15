import type { WordSeverity } from "../draft.js";
import { WORD_CATEGORIES, type WordEntry } from "./dictionary.js";

/**
 * The starter 错敏词 set shipped with the system, written for it (sources per category in
 * docs/content.md). Ids are stable: the registry office disables or whitelists by id, and a
 * confirmation names the id it confirms.
 */
const XINHUA = "新华社《新闻信息报道中的禁用词和慎用词》（2016年7月修订）";
const REFORM = "《深化党和国家机构改革方案》（2018年3月）";
const TYPO = "《第一批异形词整理表》、常见错别字辨析（政务写作常见差错）";
const FORMAL = "党和国家机构、职务的规范称谓（党政机关公文常见差错）";
const MAPS = "民政部、自然资源部公布的标准地名；涉台涉港澳宣传规范用语";

type Row = [wrong: string, suggestion: string, severity: WordSeverity];

function group(prefix: string, category: string, source: string, rows: Row[]): WordEntry[] {
  return rows.map(([wrong, suggestion, severity], i) => ({
    entryId: `${prefix}-${String(i + 1).padStart(3, "0")}`,
    wrong,
    suggestion,
    category,
    severity,
    source,
    kind: "word",
    enabled: true,
    origin: "starter",
  }));
}

export const STARTER_DICTIONARY: WordEntry[] = [
  ...group("xh", WORD_CATEGORIES.xinhua, XINHUA, [
    ["北朝鲜", "朝鲜", "serious"],
    ["南朝鲜", "韩国", "serious"],
    ["台湾政府", "台湾当局", "serious"],
    ["台湾总统", "台湾地区领导人", "serious"],
    ["台湾国", "台湾地区", "serious"],
    ["中华民国", "台湾地区（如需引用须加引号并作说明）", "serious"],
    ["台湾立法院", "台湾地区立法机构", "serious"],
    ["中台关系", "两岸关系", "serious"],
    ["大陆和香港", "内地和香港", "notice"],
    ["大陆和澳门", "内地和澳门", "notice"],
    ["中港两地", "内地与香港", "notice"],
    ["港澳台地区和国家", "国家和港澳台地区", "serious"],
    ["残废人", "残疾人", "notice"],
    ["瞎子", "盲人", "notice"],
    ["聋子", "聋人", "notice"],
    ["弱智", "智力障碍者", "notice"],
    ["犯人", "犯罪嫌疑人（判决前）", "notice"],
    ["妈的", "（删除不文明用语）", "serious"],
    ["哇塞", "（删除俚语）", "notice"],
    ["小姐", "女士", "notice"],
  ]),
  ...group("pl", WORD_CATEGORIES.political, MAPS, [
    ["尖阁列岛", "钓鱼岛", "serious"],
    ["尖阁诸岛", "钓鱼岛", "serious"],
    ["斯卡伯勒浅滩", "黄岩岛", "serious"],
    ["斯普拉特利群岛", "南沙群岛", "serious"],
    ["帕拉塞尔群岛", "西沙群岛", "serious"],
    ["满洲国", "伪满洲国", "serious"],
    ["汪精卫政府", "汪伪政权", "serious"],
    ["一中一台", "（错误表述，不得使用）", "serious"],
    ["两个中国", "（错误表述，不得使用）", "serious"],
    ["香港主权移交", "香港回归祖国", "serious"],
    ["澳门主权移交", "澳门回归祖国", "serious"],
  ]),
  ...group("fm", WORD_CATEGORIES.formal, FORMAL, [
    ["中华人民共合国", "中华人民共和国", "serious"],
    ["中华人名共和国", "中华人民共和国", "serious"],
    ["中国共产党党中央", "党中央", "notice"],
    ["中国共产觉", "中国共产党", "serious"],
    ["总书纪", "总书记", "serious"],
    ["社会主意", "社会主义", "serious"],
    ["马克思主意", "马克思主义", "serious"],
    ["全国政协委员会", "全国政协", "notice"],
    ["人大代表大会", "人民代表大会", "notice"],
    ["国务院总里", "国务院总理", "serious"],
    ["人民代表大会常委会委员长", "全国人民代表大会常务委员会委员长", "notice"],
    ["党的十九大精神实质", "党的十九大精神", "notice"],
    ["二十大报告精神", "党的二十大精神", "notice"],
  ]),
  ...group("in", WORD_CATEGORIES.institution, REFORM, [
    ["国家工商行政管理总局", "国家市场监督管理总局", "notice"],
    ["国家质量监督检验检疫总局", "国家市场监督管理总局", "notice"],
    ["国家食品药品监督管理总局", "国家市场监督管理总局（国家药品监督管理局）", "notice"],
    ["国土资源部", "自然资源部", "notice"],
    ["环境保护部", "生态环境部", "notice"],
    ["国家旅游局", "文化和旅游部", "notice"],
    ["国家卫生和计划生育委员会", "国家卫生健康委员会", "notice"],
    ["卫生计生委", "卫生健康委", "notice"],
    ["国家安全生产监督管理总局", "应急管理部", "notice"],
    ["国家新闻出版广电总局", "国家广播电视总局（国家新闻出版署）", "notice"],
    ["中央全面深化改革领导小组", "中央全面深化改革委员会", "notice"],
    ["中央网络安全和信息化领导小组", "中央网络安全和信息化委员会", "notice"],
    ["监察部", "国家监察委员会", "notice"],
    ["工商局", "市场监督管理局", "notice"],
    ["质监局", "市场监督管理局", "notice"],
    ["食药监局", "市场监督管理局", "notice"],
    ["计生委", "卫生健康委", "notice"],
  ]),
  ...group("ty", WORD_CATEGORIES.typo, TYPO, [
    ["按步就班", "按部就班", "notice"],
    ["再接再励", "再接再厉", "notice"],
    ["一愁莫展", "一筹莫展", "notice"],
    ["谈笑风声", "谈笑风生", "notice"],
    ["既往不究", "既往不咎", "notice"],
    ["穿流不息", "川流不息", "notice"],
    ["默守成规", "墨守成规", "notice"],
    ["美仑美奂", "美轮美奂", "notice"],
    ["不径而走", "不胫而走", "notice"],
    ["甘败下风", "甘拜下风", "notice"],
    ["声名雀起", "声名鹊起", "notice"],
    ["自立更生", "自力更生", "notice"],
    ["布署", "部署", "notice"],
    ["凭添", "平添", "notice"],
    ["发韧", "发轫", "notice"],
    ["松驰", "松弛", "notice"],
    ["一如继往", "一如既往", "notice"],
    ["出奇不意", "出其不意", "notice"],
    ["迫在眉捷", "迫在眉睫", "notice"],
    ["重蹈复辙", "重蹈覆辙", "notice"],
    ["贯彻落时", "贯彻落实", "notice"],
    ["有的放失", "有的放矢", "notice"],
    ["真知卓见", "真知灼见", "notice"],
    ["义不容词", "义不容辞", "notice"],
  ]),
  // Phrases that contain an entry but are right as written.
  ...["监察部门", "监察部署", "犯人权益"].map(
    (phrase, i): WordEntry => ({ entryId: `al-${String(i + 1).padStart(3, "0")}`, wrong: phrase, suggestion: "", category: "白名单", severity: "notice", source: "本系统（避免误报）", kind: "allow", enabled: true, origin: "starter" }),
  ),
];
