/**
 * A video's running time over its thumbnail: 「1:32」「12:05」「1:02:45」, alone in the player's box beside the play
 * button, and so read as the thumbnail's caption. It times the clip: no figure or hour of the story.
 */
const RUNNING_TIME = /^\s*[▶►]?\s*\d{1,2}(?::[0-5]\d){1,2}\s*$/;

/** True when the line is only a clip's running time (「1:32」); 「1:32の差」 and 「午後1:32」 say more. */
export const isRunningTime = (text: string): boolean => RUNNING_TIME.test(text.normalize('NFKC'));
