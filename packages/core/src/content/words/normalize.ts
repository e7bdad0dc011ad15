import { Trie } from "opencc-js/core";
import TS_CHARACTERS from "opencc-js/dict/TSCharacters";

/**
 * Text as the word check compares it, with a map back to the original: NFKC (full-width letters and
 * digits to half-width, compatibility ideographs to their unified form), lower case, traditional →
 * simplified by character (OpenCC's TSCharacters; its phrase table and its compatibility-ideograph
 * table are left out: a word check needs the characters, NFKC already folds the compatibility
 * forms, and each table costs a Lambda ~17 KB), and zero-width and spacing characters dropped so
 * "中 华人民" or "中\u200b华" cannot slip through.
 */
export interface NormalizedText {
  text: string;
  /** For each UTF-16 unit of `text`: the original range [start, end) it came from. */
  starts: Int32Array;
  ends: Int32Array;
}

const INVISIBLE = /[\s\u00ad\u180e\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff\u3000]/u;

/** Characters NFKC and lower-casing leave alone (CJK ideographs, a–z, 0–9): the bulk of a draft, spared the calls. */
const STABLE = (cp: number) => (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39);

let traditional: Trie | undefined;
function traditionalToSimplified(): Trie {
  if (traditional) return traditional;
  const trie = new Trie();
  trie.loadDict(TS_CHARACTERS);
  traditional = trie;
  return trie;
}

/** Step one: per code point, NFKC + lower case, invisible characters dropped. */
function foldWidth(input: string) {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < input.length; ) {
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const char = input.slice(i, i + width);
    if (STABLE(cp) || !INVISIBLE.test(char)) {
      const folded = STABLE(cp) ? char : char.normalize("NFKC").toLowerCase();
      for (let k = 0; k < folded.length; k++) {
        starts.push(i);
        ends.push(i + width);
      }
      text += folded;
    }
    i += width;
  }
  return { text, starts, ends };
}

/** Step two: traditional → simplified; a match whose length changes is mapped as a whole. */
function simplify(input: string) {
  const trie = traditionalToSimplified();
  let text = "";
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < input.length; ) {
    const match = trie.matchPrefix(input, i);
    const end = match ? match.end : i + (input.codePointAt(i)! > 0xffff ? 2 : 1);
    const out = match ? match.value : input.slice(i, end);
    for (let k = 0; k < out.length; k++) {
      // Same length: unit k came from unit i + k; otherwise every unit stands for the whole phrase.
      const same = out.length === end - i;
      from.push(same ? i + k : i);
      to.push(same ? i + k + 1 : end);
    }
    text += out;
    i = end;
  }
  return { text, from, to };
}

export function normalizeText(input: string): NormalizedText {
  const folded = foldWidth(input);
  const simple = simplify(folded.text);
  const n = simple.text.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    starts[j] = folded.starts[simple.from[j]];
    ends[j] = folded.ends[simple.to[j] - 1];
  }
  return { text: simple.text, starts, ends };
}

/** The normalized form alone (dictionary entries). */
export const normalizeWord = (word: string) => normalizeText(word).text;
