/** True while the reader is typing: focus in an input, a textarea, a select or a contenteditable region. */
export function isEditableFocused(doc: Document): boolean {
  let el: Element | null = doc.activeElement;
  // Focus inside an open shadow root is reported on its host; follow it down.
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return false;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes(type);
  }
  return (el as HTMLElement).isContentEditable === true;
}
