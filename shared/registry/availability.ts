/**
 * 可服务时间 availability as volunteers state it (工作日白天, 周末, 随时…), matched against the time a
 * request needs help. Free text we cannot read is "unknown", which neither helps nor hurts.
 */
export type AvailabilityMatch = 'yes' | 'no' | 'unknown';

/** Hours and weekdays in China Standard Time, whatever the station PC's zone. */
function cst(at: Date): { day: number; hour: number } {
  const shifted = new Date(at.getTime() + 8 * 3600_000);
  return { day: shifted.getUTCDay(), hour: shifted.getUTCHours() };
}

export function availableAt(availability: string | undefined, at: Date): AvailabilityMatch {
  const text = availability?.trim();
  if (!text) return 'unknown';
  if (/随时|全天|不限/.test(text)) return 'yes';
  const { day, hour } = cst(at);
  const weekend = day === 0 || day === 6;
  const slots: boolean[] = [];
  if (/工作日白天|工作日/.test(text) && !/晚/.test(text)) slots.push(!weekend && hour >= 8 && hour < 18);
  if (/晚间|晚上/.test(text)) slots.push((/工作日/.test(text) ? !weekend : true) && hour >= 18 && hour < 22);
  if (/周末|双休/.test(text)) slots.push(weekend);
  // Holidays are not in our calendar yet; weekends are the nearest thing a volunteer means.
  if (/节假日/.test(text)) slots.push(weekend);
  if (slots.length === 0) return 'unknown';
  return slots.some(Boolean) ? 'yes' : 'no';
}
