import { describe, expect, it } from "vitest";
import { Automaton, normalizeText, STARTER_DICTIONARY, WordChecker, type WordEntry } from "@beian/core";

const entry = (entryId: string, wrong: string, severity: WordEntry["severity"] = "serious", kind: WordEntry["kind"] = "word"): WordEntry => ({
  entryId,
  wrong,
  suggestion: "建议",
  category: "测试",
  severity,
  source: "测试",
  kind,
  enabled: true,
  origin: "custom",
});

describe("normalization keeps a map back to the original text", () => {
  it("folds full width, drops zero-width and spacing characters, and turns traditional into simplified", () => {
    const original = "Ａ中\u200b華 人民\u3000共和國";
    const n = normalizeText(original);
    expect(n.text).toBe("a中华人民共和国");
    // Every normalized unit points at the original character it came from.
    expect(original.slice(n.starts[2], n.ends[2])).toBe("華");
    expect(original.slice(n.starts[n.text.length - 1], n.ends[n.text.length - 1])).toBe("國");
  });
});

describe("the word check", () => {
  const checker = new WordChecker({ version: 1, entries: [entry("a", "北朝鲜"), entry("b", "再接再励", "notice"), entry("c", "朝鲜"), entry("w", "北朝鲜战争史", "notice", "allow")] });

  it("reports every entry, overlapping ones too, at their place in the original text", () => {
    const body = "他说：北 朝鮮的事，要再接再励。";
    const hits = checker.check({ title: "", body });
    expect(hits.map((h) => [h.entryId, h.text])).toEqual([
      ["a", "北 朝鮮"],
      ["c", "朝鮮"],
      ["b", "再接再励"],
    ]);
    for (const h of hits) expect(body.slice(h.start, h.end)).toBe(h.text);
  });

  it("drops hits inside a whitelisted phrase and skips disabled entries", () => {
    expect(checker.check({ title: "北朝鲜战争史研究", body: "" })).toEqual([]);
    const off = new WordChecker({ version: 2, entries: [{ ...entry("a", "北朝鲜"), enabled: false }] });
    expect(off.check({ title: "北朝鲜", body: "" })).toEqual([]);
  });

  it("finds the starter set's typical errors", () => {
    const hits = new WordChecker({ version: 0, entries: STARTER_DICTIONARY }).check({ title: "中華人民共合國成立七十周年", body: "国家监察部门布署工作" });
    expect(hits.map((h) => h.suggestion)).toEqual(["中华人民共和国", "部署"]);
  });
});

describe("the automaton", () => {
  it("finds exactly what a naive indexOf loop finds, on random Chinese text", () => {
    const han = (seed: number) => String.fromCharCode(0x4e00 + (seed % 40));
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const patterns = Array.from({ length: 300 }, () => Array.from({ length: 1 + (rnd() % 4) }, () => han(rnd())).join(""));
    const text = Array.from({ length: 5000 }, () => han(rnd())).join("");
    const naive: string[] = [];
    patterns.forEach((p, i) => {
      for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) naive.push(`${i}@${at}`);
    });
    const found = new Automaton(patterns).search(text).map((m) => `${m.pattern}@${m.start}`);
    expect(found.sort()).toEqual(naive.sort());
    expect(found.length).toBeGreaterThan(1000);
  });
});
