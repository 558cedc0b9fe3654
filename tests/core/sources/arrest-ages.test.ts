import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// The age of someone arrested or charged comes from the body that arrested them: the police or the
// prosecutors who announce it (…逮捕したと発表した) or who are the topic of the arrest (…を逮捕した).
describe('a suspect’s age is the arresting body’s', () => {
  it.each([
    // the police announcing the arrest: …と発表した covers the age
    ['北浜県警は3日、東和市の会社員山川健一容疑者（34）を窃盗の疑いで逮捕したと発表した。', '34', '北浜県警'],
    // a unit of the police, broadcaster register
    ['警視庁捜査2課はきのう、無職の森田和夫容疑者（61）を詐欺の疑いで逮捕したと発表しました。', '61', '警視庁捜査2課'],
    // the prosecutors' special investigation department doing the arrest, with …として before it
    [
      '業者から現金を受け取ったとして、南浜地検特捜部は8日、市職員の川口誠容疑者（47）を収賄容疑で逮捕した。',
      '47',
      '南浜地検特捜部',
    ],
    // two suspects in one sentence, each with their charge
    [
      '東和地検特捜部は2日、贈賄容疑で建設会社社長の石田守容疑者（66）を、収賄容疑で町職員の林大輔容疑者（39）を逮捕した。',
      '39',
      '東和地検特捜部',
    ],
  ])('%s', (text, age, body) => {
    expect(analyzedNames(text, [age])).toEqual([body]);
  });

  it.each([
    // a person the outlet quotes at first hand: its own identification
    ['北浜県警は3日、男を逮捕したと発表した。\n近所に住む会社員の女性（45）は「驚いた」と話した。', '45'],
    // a company announcing: no investigator
    ['東和電機は3日、元社員の男性（52）を懲戒解雇したと発表した。', '52'],
  ])('stays the outlet’s: %s', (text, age) => {
    expect(analyzedNames(text, [age])).toEqual(['']);
  });
});

// 下田海上保安部, 北浜海上保安部: the coast guard's local office is a public body (海上保安 + 部), which
// deploys its boats and people as the police do: 海上保安部は巡視艇2隻を出し、… is known from it.
describe('a coast guard office is a public body', () => {
  it.each([
    ['北浜海上保安部は巡視艇2隻とヘリコプター1機を出し、行方を捜している。', '2隻', '北浜海上保安部'],
    ['海上保安部は、およそ30人の態勢で捜索を続けています。', 'およそ30人', '海上保安部'],
  ])('%s', (text, figure, body) => {
    expect(analyzedNames(text, [figure])).toEqual([body]);
  });
});
