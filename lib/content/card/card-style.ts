/**
 * The card's styles live inside its shadow root: the page's CSS cannot reach in, ours cannot leak
 * out. `all: initial` on the host stops inherited page styles (font-size: 0, text-align…) as well.
 * `unicode-bidi: isolate` keeps page text in its own box: an override or embedding it carried (removed
 * anyway) cannot leak. Comments stay out of the string: it ships in the content script, whose size is
 * budgeted. The host's own rules are card-host.ts's (HOST_CSS: `all: initial` and its place, each !important).
 */
export const CARD_CSS = `
.card {
  box-sizing: border-box; max-width: 320px; min-width: 160px; padding: 8px 10px;
  font: 13px/1.45 system-ui, "Noto Sans CJK JP", "Hiragino Sans", sans-serif;
  color: #1d1d1f; background: #fffdf7; border: 1px solid #c9b78f; border-radius: 6px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
}
.title { font-weight: 700; font-size: 14px; }
.value { color: #8a4b00; font-weight: 600; margin: 2px 0 4px; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 0; }
dt { color: #5f6368; }
dd { margin: 0; }
.hint { margin-top: 4px; color: #5f6368; font-size: 11px; }
.title, .value, dd { unicode-bidi: isolate; }
@media (prefers-color-scheme: dark) {
  .card { color: #ececec; background: #262320; border-color: #6b5a3a; }
  .value { color: #ffb74d; }
  dt, .hint { color: #a8a8a8; }
}
@media (forced-colors: active) { .card { border: 2px solid CanvasText; } }
`;
