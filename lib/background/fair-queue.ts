/**
 * Jobs waiting per key (a tab), served round-robin: a page that floods the background with
 * requests (a history.pushState loop re-reading itself twice a second) waits behind itself, not in
 * front of another tab's article. A key keeps at most `perKey` jobs waiting; a newer one pushes the
 * oldest out (returned to the caller, which answers it as superseded: the page has moved on).
 */
export class FairQueue<J> {
  /** Insertion order of the map is the serving order: a served key goes to the back. */
  private readonly waiting = new Map<string, J[]>();
  private count = 0;

  constructor(private readonly perKey: number) {}

  /** Queues `job` under `key`; returns the job pushed out of that key's line, if any. */
  push(key: string, job: J): J | undefined {
    const line = this.waiting.get(key);
    if (!line) {
      this.waiting.set(key, [job]);
      this.count++;
      return undefined;
    }
    line.push(job);
    this.count++;
    if (line.length <= this.perKey) return undefined;
    this.count--;
    return line.shift();
  }

  /** The next job: the oldest of the key at the front, which then goes to the back of the round. */
  shift(): J | undefined {
    const first = this.waiting.entries().next().value as [string, J[]] | undefined;
    if (!first) return undefined;
    const [key, line] = first;
    const job = line.shift();
    this.waiting.delete(key);
    if (line.length) this.waiting.set(key, line);
    this.count--;
    return job;
  }

  /** Jobs waiting in all. */
  get size(): number {
    return this.count;
  }
}
