/**
 * 技能 the shared skill taxonomy: volunteers and providers declare skills from this list, and
 * catalogue items name the skills they need, so dispatch can match one to the other.
 */
export interface Skill {
  code: string;
  name: string;
  /** 专业领域 professional field. */
  field: string;
}

const S = (code: string, name: string, field: string): Skill => ({ code, name, field });

export const SKILLS: readonly Skill[] = [
  S('clinical', '临床诊疗', '医疗'), S('nursing', '护理', '医疗'), S('rehab', '康复理疗', '医疗'),
  S('tcm', '中医推拿', '医疗'), S('first-aid', '急救', '医疗'), S('pharmacy', '用药指导', '医疗'),
  S('law', '法律咨询', '法律'), S('mediation', '人民调解', '法律'), S('notary', '公证与文书', '法律'),
  S('finance', '理财规划', '金融'), S('anti-fraud', '反诈宣传', '金融'), S('insurance', '社保医保', '金融'),
  S('appliance', '家电维修', '维修'), S('plumbing', '管道水暖', '维修'), S('electrical', '电工', '维修'),
  S('locksmith', '开锁换锁', '维修'), S('carpentry', '木工泥瓦', '维修'), S('vehicle', '车辆修理', '维修'),
  S('cleaning', '家政保洁', '家政'), S('cooking', '烹饪助餐', '家政'), S('bathing', '助浴护理', '家政'),
  S('haircut', '理发', '家政'), S('sewing', '缝补', '家政'), S('moving', '搬运', '家政'),
  S('counselling', '心理咨询', '心理'), S('companionship', '陪伴倾听', '心理'),
  S('tutoring', '课业辅导', '教育'), S('elder-education', '老年教育', '教育'), S('digital', '智能手机教学', '教育'),
  S('social-work', '社会工作', '社工'), S('disability-care', '助残服务', '社工'), S('policy', '政策宣讲', '社工'),
  S('employment', '就业指导', '社工'), S('rescue', '应急救援', '应急'), S('flood', '防汛抗台', '应急'),
  S('fire-safety', '消防安全', '应急'), S('patrol', '巡查劝导', '公益'), S('environment', '环保宣传', '公益'),
  S('matchmaking', '婚恋服务', '公益'), S('arts', '文艺演出', '文体'), S('it-support', '电脑网络', '信息技术'),
  S('driving', '接送出行', '交通'),
];

export const SKILL_CODES: ReadonlySet<string> = new Set(SKILLS.map((s) => s.code));
