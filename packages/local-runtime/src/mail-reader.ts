/** Reads caught mail through maildev's REST API (tests, benchmarks, the demo script). */
export interface CaughtMail {
  id: string;
  subject: string;
  text: string;
  html: string;
  to: { address: string }[];
  date: string;
}

export class MailReader {
  constructor(private readonly webUrl: string) {}

  async all(): Promise<CaughtMail[]> {
    const response = await fetch(`${this.webUrl}/email`);
    if (!response.ok) throw new Error(`maildev answered ${response.status}`);
    return (await response.json()) as CaughtMail[];
  }

  async to(address: string): Promise<CaughtMail[]> {
    const wanted = address.toLowerCase();
    return (await this.all()).filter((m) => m.to.some((t) => t.address.toLowerCase() === wanted));
  }

  /** Waits for the n-th mail to `address` whose subject contains `subjectPart`. */
  async waitFor(address: string, subjectPart: string, count = 1, timeoutMs = 25_000): Promise<CaughtMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (await this.to(address)).filter((m) => m.subject.includes(subjectPart));
      if (found.length >= count) return found;
      if (Date.now() > deadline) {
        throw new Error(`no mail "${subjectPart}" #${count} to ${address} within ${timeoutMs} ms (have ${found.length})`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** Pulls the first link starting with `prefix` out of a mail's text body. */
export function linkIn(mail: CaughtMail, prefix: string): string {
  const match = mail.text.match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^\\s<>"]+`));
  if (!match) throw new Error(`no link starting with ${prefix} in mail "${mail.subject}"`);
  return match[0];
}
