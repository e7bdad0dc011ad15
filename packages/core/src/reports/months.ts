import { dateInShanghai } from "../shared/time.js";

/** The Beijing calendar month of an instant, "YYYY-MM". */
export const monthOf = (iso: string) => dateInShanghai(iso).slice(0, 7);

export const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** Every month from `from` to `to`, both included ("2026-11" … "2027-02"). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [year, month] = from.split("-").map(Number);
  const [endYear, endMonth] = to.split("-").map(Number);
  while (year < endYear || (year === endYear && month <= endMonth)) {
    out.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/** "2026-11" → "2026年11月". */
export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`;
