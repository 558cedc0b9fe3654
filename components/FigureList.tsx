// biome-ignore-all lint/a11y/useSemanticElements: a virtualised table is positioned boxes; <table> rows cannot be, so ARIA roles carry its semantics
// biome-ignore-all lint/a11y/useFocusableInteractive: one row is the list's tab stop (roving focus); headings and header cells are not stops
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DURATIONS, type FigureGroup, type GroupBy, type IndexedFigure } from '../lib/popup/figure-view';
import { scrollToReveal, stackOffsets, visibleRange } from '../lib/popup/virtual-window';
import type { SourceIndex } from '../lib/shared/format-source';
import { displayText } from '../lib/shared/format-text';
import type { Translate, UiLang } from '../lib/shared/i18n';
import { FigureRow, ROW_HEIGHT } from './FigureRow';
import { SOURCE_ICONS } from './SourceLabel';

/** Height of a group heading row (popup.css agrees). */
export const GROUP_HEIGHT = 28;

/** Props of FigureList. */
export interface FigureListProps {
  groups: readonly FigureGroup[];
  groupBy: GroupBy;
  sources: SourceIndex;
  lang: UiLang;
  t: Translate;
  /** Called with a figure's index in the analysis when its row is activated (click, Enter or Space). */
  onSelect?: (index: number) => void;
}

type Item = { kind: 'group'; group: FigureGroup } | { kind: 'row'; row: IndexedFigure };

/** Groups flattened into the list's items: a heading before each group that needs one. */
function flatten(groups: readonly FigureGroup[], groupBy: GroupBy): Item[] {
  const items: Item[] = [];
  for (const g of groups) {
    if (groupBy !== 'order' || g.key === DURATIONS) items.push({ kind: 'group', group: g });
    for (const row of g.rows) items.push({ kind: 'row', row });
  }
  return items;
}

/**
 * The figures as a virtualised table: only the rows in view (and a few around) are in the DOM, each
 * at its place in one tall box, so 40,000 figures scroll and filter like 14. Rows have one fixed
 * height (the sentence is clamped; its full text is the row's tooltip and the page itself). Keyboard:
 * one row is in the tab order; arrows, Page Up/Down, Home and End move, Enter or Space shows it.
 */
export function FigureList({ groups, groupBy, sources, lang, t, onSelect }: FigureListProps) {
  const items = useMemo(() => flatten(groups, groupBy), [groups, groupBy]);
  // Where each figure (analysis index) sits among the items.
  const rowAt = useMemo(() => {
    const m = new Map<number, number>();
    items.forEach((it, i) => {
      if (it.kind === 'row') m.set(it.row.index, i);
    });
    return m;
  }, [items]);
  const top = useMemo(() => stackOffsets(items.map((i) => (i.kind === 'row' ? ROW_HEIGHT : GROUP_HEIGHT))), [items]);
  const box = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ scrollTop: 0, height: 420 });
  // The figure (analysis index) that holds the list's one tab stop; -1: the first row in view.
  const [active, setActive] = useState(-1);
  const focusNext = useRef(false);
  const frame = useRef(0);

  const measure = useCallback(() => {
    const el = box.current;
    if (el) setView({ scrollTop: el.scrollTop, height: el.clientHeight });
  }, []);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => {
      ro.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [measure]);

  const [first, end] = visibleRange(top, view.scrollTop, view.height);
  const activeItem = rowAt.get(active);
  const tabStop =
    activeItem !== undefined && activeItem >= first && activeItem < end
      ? active
      : (items.slice(first, end).find((i) => i.kind === 'row') as { row: IndexedFigure } | undefined)?.row.index;

  // After a keyboard move, focus the row once it is rendered.
  useLayoutEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    box.current?.querySelector<HTMLElement>(`.figure-row[data-index="${active}"]`)?.focus({ preventScroll: true });
  });

  const move = (e: KeyboardEvent) => {
    const rows = items.flatMap((it, i) => (it.kind === 'row' ? [i] : []));
    if (!rows.length) return;
    const here = rows.indexOf(activeItem ?? rows[0] ?? 0);
    const page = Math.max(1, Math.floor(view.height / ROW_HEIGHT) - 1);
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    let next: number;
    if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = rows.length - 1;
    else if (e.key in step) next = Math.max(0, Math.min(rows.length - 1, here + (step[e.key] as number)));
    else return;
    e.preventDefault();
    const item = rows[next] as number;
    const el = box.current;
    if (el) el.scrollTop = scrollToReveal(top, item, el.scrollTop, el.clientHeight);
    setActive((items[item] as { row: IndexedFigure }).row.index);
    focusNext.current = true;
    measure();
  };

  const heading = (g: FigureGroup) => {
    if (g.key === DURATIONS) return t('durationsGroup');
    if (groupBy === 'kind') return t(`kind_${g.key}` as Parameters<Translate>[0]);
    const s = g.key === '' ? undefined : sources.sources[Number(g.key)];
    return s ? displayText(s.name) : t('unattributed');
  };

  const rendered = [];
  for (let i = first; i < end; i++) {
    const it = items[i] as Item;
    if (it.kind === 'group') {
      const g = it.group;
      rendered.push(
        <div
          role="row"
          class="group-row"
          key={`g:${g.key}`}
          aria-rowindex={i + 2}
          style={{ transform: `translateY(${top[i]}px)`, height: `${GROUP_HEIGHT}px` }}
        >
          <div role="rowheader" class="group-heading">
            {g.sourceType && g.key ? (
              <span class={`src-icon src-${g.sourceType}`} aria-hidden="true">
                {SOURCE_ICONS[g.sourceType]}
              </span>
            ) : null}
            <bdi>{heading(g)}</bdi> <span class="count">({g.rows.length})</span>
          </div>
        </div>,
      );
      continue;
    }
    const { index, figure } = it.row;
    rendered.push(
      <FigureRow
        key={index}
        figure={figure}
        index={index}
        rowIndex={i + 2}
        top={top[i] as number}
        focusable={index === tabStop}
        lang={lang}
        t={t}
        onActivate={(n) => {
          setActive(n);
          onSelect?.(n);
        }}
        onFocusRow={setActive}
      />,
    );
  }

  return (
    <div class="figures" role="table" aria-label={t('tabFigures')} aria-rowcount={items.length + 1}>
      <div role="rowgroup" class="figures-head">
        <div role="row" aria-rowindex={1} class="head-row">
          <div role="columnheader">{t('colFigure')}</div>
          <div role="columnheader">{t('colValue')}</div>
          <div role="columnheader">{t('colCounts')}</div>
          <div role="columnheader">{t('colSource')}</div>
          <div role="columnheader">{t('colSentence')}</div>
        </div>
      </div>
      <div
        ref={box}
        role="rowgroup"
        class="figures-body"
        onScroll={() => {
          if (frame.current) return;
          frame.current = requestAnimationFrame(() => {
            frame.current = 0;
            measure();
          });
        }}
        onKeyDown={move}
      >
        <div class="figures-space" style={{ height: `${top[items.length] ?? 0}px` }}>
          {rendered}
        </div>
      </div>
    </div>
  );
}
