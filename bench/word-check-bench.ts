import { Automaton, normalizeText, STARTER_DICTIONARY, WordChecker, type WordEntry } from "@beian/core";
import { percentile } from "./stats.js";

const ENTRIES = 5_000;
const TEXT_CHARS = 20_000;

/** A deterministic generator, so every run checks the same text against the same dictionary. */
function random(seed: number) {
  // mulberry32: unlike a plain LCG, two seeds do not give the same sequence shifted.
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The starter set plus generated 2–6 character entries over common characters, to 5,000. */
export function benchDictionary(): WordEntry[] {
  const next = random(42);
  const entries = [...STARTER_DICTIONARY];
  const seen = new Set(entries.map((e) => e.wrong));
  while (entries.length < ENTRIES) {
    const length = 2 + Math.floor(next() * 5);
    const wrong = Array.from({ length }, () => String.fromCharCode(0x4e00 + Math.floor(next() * 2500))).join("");
    if (seen.has(wrong)) continue;
    seen.add(wrong);
    entries.push({ entryId: `b-${entries.length}`, wrong, suggestion: "建议", category: "基准", severity: next() < 0.1 ? "serious" : "notice", source: "基准", kind: "word", enabled: true, origin: "custom" });
  }
  return entries;
}

/** 20,000 characters of Chinese-like text in paragraphs, with dictionary entries planted in it. */
export function benchText(entries: WordEntry[]): string {
  const next = random(7);
  let text = "";
  while (text.length < TEXT_CHARS) {
    text += Array.from({ length: 40 }, () => String.fromCharCode(0x4e00 + Math.floor(next() * 2500))).join("");
    text += next() < 0.3 ? entries[Math.floor(next() * entries.length)].wrong : "，";
    if (next() < 0.1) text += "。\n";
  }
  return text.slice(0, TEXT_CHARS);
}

function time(runs: number, work: () => unknown): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * The 错敏词 check of a 20,000-character draft against 5,000 entries: the checker (normalize, one
 * Aho–Corasick pass, positions mapped back) beside a naive loop (normalize, then indexOf per entry),
 * and the automaton's build time (once per dictionary version).
 */
export function benchWordCheck(): string[] {
  const entries = benchDictionary();
  const body = benchText(entries);
  const build = time(20, () => new WordChecker({ version: 1, entries }));
  const checker = new WordChecker({ version: 1, entries });
  const forms = entries.map((e) => normalizeText(e.wrong).text);
  for (let i = 0; i < 20; i++) checker.check({ title: "", body });
  const checked = time(200, () => checker.check({ title: "", body }));
  const automatonOnly = new Automaton(forms);
  const normalized = normalizeText(body).text;
  const scan = time(200, () => automatonOnly.search(normalized));
  const naive = time(50, () => {
    const text = normalizeText(body).text;
    let found = 0;
    for (const form of forms) for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) found++;
    return found;
  });
  const hits = checker.check({ title: "", body }).length;
  const f = (n: number) => n.toFixed(2);
  return [
    `错敏词 check, ${TEXT_CHARS.toLocaleString("en")}-character draft × ${entries.length.toLocaleString("en")} entries (${hits} hits):`,
    `  automaton build (once per dictionary version)   p50 ${f(percentile(build, 50))} ms   p99 ${f(percentile(build, 99))} ms`,
    `  check (normalize + one pass + map back)         p50 ${f(percentile(checked, 50))} ms   p99 ${f(percentile(checked, 99))} ms`,
    `  of which the automaton's pass alone             p50 ${f(percentile(scan, 50))} ms   p99 ${f(percentile(scan, 99))} ms`,
    `  naive loop (normalize + indexOf per entry)      p50 ${f(percentile(naive, 50))} ms   p99 ${f(percentile(naive, 99))} ms`,
    `  naive / check: p50 ${(percentile(naive, 50) / percentile(checked, 50)).toFixed(1)}×, p99 ${(percentile(naive, 99) / percentile(checked, 99)).toFixed(1)}×`,
  ];
}
