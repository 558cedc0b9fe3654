/**
 * Counters of bodies: a party named by how many bodies it is (大手電力会社10社, 私鉄大手16社, 地方銀行8行)
 * is a group that announced together, each member with figures of its own.
 */
export const BODY_COUNTERS: readonly string[] = ['社', '行', '団体', '大学', '球団', '局'];

/** Openers that pick one out of the group just named: このうち東都電力では, 中でも北急電鉄は. */
export const PICKING_OPENERS: readonly string[] = ['このうち', 'そのうち', 'うち', '中でも', 'なかでも'];
