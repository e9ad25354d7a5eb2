/**
 * Chinese personal names for the demo city: common surnames weighted roughly by frequency, with
 * the ones typical of Jiaxing (沈, 朱, 陆, 钱, 顾, 姚) lifted, and given-name characters by gender.
 */
import { pinyin } from 'pinyin-pro';
import type { Gender } from '../domain/entities';
import type { Rng } from './rng';

// Listed once per weight unit, so a uniform pick follows the weights.
const SURNAMES = (
  '王王王王李李李张张张刘刘陈陈陈杨黄赵吴吴周周徐徐徐孙马朱朱朱胡郭何高林罗郑梁谢宋唐许许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任' +
  '沈沈沈沈陆陆陆钱钱钱顾顾顾姚姚姚金金金费屠褚计盛俞俞戴范方严倪汤钟'
).split('');

const MALE = '伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆建国兴文斌林峰晨德荣海根福祥'.split('');
const FEMALE = '芳娟敏静丽艳娜秀英霞燕玲桂芬萍红娥梅琳颖雪慧婷佳琴云凤兰月美洁蓉珍'.split('');
const EITHER = '小一子晓春秋金玉永新志丹益嘉雨'.split('');

export interface PersonName {
  name: string;
  /** Search keys as shared/text/pinyin gives them for this name. */
  pinyin: string;
  initials: string;
}

/**
 * Pinyin of every character the generator uses, read once: asking pinyin-pro per name costs
 * ~0.25 ms, which would dominate generating a million requests. Surnames are read in surname
 * mode (曾 zeng, 单 shan), as searchKeys does; the given-name characters here are not polyphonic.
 */
let syllables: Map<string, string> | undefined;
function syllableOf(char: string): string {
  if (!syllables) {
    syllables = new Map();
    for (const c of new Set([...MALE, ...FEMALE, ...EITHER])) syllables.set(c, pinyin(c, { toneType: 'none', v: true }));
    for (const c of new Set(SURNAMES)) syllables.set(`surname:${c}`, pinyin(c, { toneType: 'none', v: true, surname: 'all' }));
  }
  return syllables.get(char) ?? '';
}

function build(chars: string[]): PersonName {
  let name = '';
  let full = '';
  let initials = '';
  chars.forEach((c, i) => {
    const syllable = syllableOf(i === 0 ? `surname:${c}` : c);
    name += c;
    full += syllable;
    initials += syllable.charAt(0);
  });
  return { name, pinyin: full, initials };
}

export function chineseName(rng: Rng, gender: Gender): PersonName {
  const pool = gender === 'male' ? MALE : FEMALE;
  const surname = rng.pick(SURNAMES);
  if (rng.chance(0.3)) return build([surname, rng.pick(pool)]);
  return build([surname, rng.chance(0.35) ? rng.pick(EITHER) : rng.pick(pool), rng.pick(pool)]);
}
