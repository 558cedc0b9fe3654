import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import type { Entity, Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const run = (text: string): Entity[] => findEntities(text, tokenizeText(text, tokenizer));
const typed = (text: string): string[] => run(text).map((e) => `${e.text}/${e.type}`);

describe('a kanji short form in brackets spelled from a body’s name', () => {
  it('the body and its short form are organisations, one entity', () => {
    const text = '労働組合の全国組織、全国勤労者連盟（勤労連）の村井事務局長は述べた。';
    expect(typed(text)).toEqual(expect.arrayContaining(['全国勤労者連盟/organization', '勤労連/organization']));
    const [full, short] = run(text);
    expect(short?.id).toBe(full?.id);
    expect(typed('経営者団体の日本商工経営者協会（経営協）は談話を公表した。')).toEqual(
      expect.arrayContaining(['日本商工経営者協会/organization', '経営協/organization']),
    );
    expect(typed('東和電機労働組合（東和労組）は賃上げを求めた。')).toContain('東和労組/organization');
    expect(typed('県選挙管理委員会（県選管）によると、投票率は下がった。')).toContain('県選管/organization');
  });
  it('a common noun’s short form, or the kind of body repeated, is no name', () => {
    expect(typed('電気自動車（電動車）の販売が伸びた。')).toEqual([]);
    expect(typed('物価上昇率（上昇率）は高止まりした。')).toEqual([]);
    expect(typed('国際協力機構（機構）が支援する。')).not.toContain('機構/organization');
  });
});

describe('a term number before the name and a legislature’s short form', () => {
  it('「第5期…（…）」: the counter closes the number, the name starts after it', () => {
    expect(typed('第5期全国勤労者連盟（勤労連）が発足した。')).toEqual([
      '全国勤労者連盟/organization',
      '勤労連/organization',
    ]);
  });
  it('a people’s congress is a body, and its short form in brackets too', () => {
    expect(typed('第9期湖南省人民代表大会（湖南人大）が開幕した。')).toContain('湖南人大/organization');
    expect(typed('湖南省人民代表大会が条例を可決した。')).toEqual(['湖南省人民代表大会/organization']);
  });
});
