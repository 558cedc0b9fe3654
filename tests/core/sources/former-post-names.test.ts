import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const names = (text: string, figures: string[]) => sourcesOf(text, figures).map((s) => s?.name ?? '');

describe('a former post read 前日|産 keeps its whole name', () => {
  it("前 or 元 before a body named 日… opens the speaker's name", () => {
    expect(names('前日産社長の西川氏は会見で、売上高が3%減ったと述べた。', ['3%減'])).toEqual(['前日産社長の西川氏']);
    expect(names('前日医会長の佐藤氏は、医師が約2千人足りないと話した。', ['約2千人'])).toEqual(['前日医会長の佐藤氏']);
    expect(names('元日産会長の北村氏は、報酬が約90億円だったと述べた。', ['約90億円'])).toEqual(['元日産会長の北村氏']);
  });

  it('a day word before a bare post is still a day: 前日社長が… names no 前日社長', () => {
    expect(names('前日社長が会見し、売上高が3%減ったと述べた。', ['3%減'])).toEqual(['']);
  });
});
