/**
 * Endings of the name of a rate or an index whose value is written without a unit:
 * 合計特殊出生率は1.15, 防御率2.85, 消費者物価指数は105.3.
 */
export const RATE_NOUN_ENDINGS: readonly string[] = ['率', '指数'];

/** What may stand between such a name and its value (率は1.15, 率が1.2に, 防御率2.85). */
export const RATE_PARTICLES: readonly string[] = ['は', 'が', 'も', 'で', 'を', ''];
