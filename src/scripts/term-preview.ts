/**
 * Preview cards for glossary links: the definition and "Open full entry", on hover and on
 * keyboard focus; Escape closes; on touch the first tap opens the card and the link inside it
 * navigates. The card is fixed-positioned, so showing it never moves the text.
 */
const card = document.createElement('span');
card.className = 'term-card';
card.id = 'term-card';
card.hidden = true;
const title = document.createElement('strong');
const definition = document.createElement('span');
definition.className = 'term-card-def';
definition.id = 'term-card-def';
const open = document.createElement('a');
open.textContent = 'Open full entry';
card.append(title, definition, open);

let current: HTMLAnchorElement | null = null;
/** The link whose card a tap opened: a second tap on it navigates. */
let armed: HTMLAnchorElement | null = null;
/** Set while focus is moved back to the link after Escape, so the card stays closed. */
let closing = false;
/** The term link under the latest touch, if the latest pointer was a finger. */
let touched: HTMLAnchorElement | null = null;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

function place(link: HTMLAnchorElement) {
  const r = link.getBoundingClientRect();
  const width = Math.min(320, window.innerWidth - 16);
  card.style.width = `${width}px`;
  card.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - width - 8))}px`;
  const below = r.bottom + 6;
  card.style.top = `${below}px`;
  // Flip above the link when there is no room below.
  const h = card.offsetHeight;
  if (below + h > window.innerHeight - 8 && r.top - h - 6 > 8) card.style.top = `${r.top - h - 6}px`;
}

function show(link: HTMLAnchorElement) {
  clearTimeout(hideTimer);
  if (current === link && !card.hidden) return;
  current?.removeAttribute('aria-describedby');
  current = link;
  title.textContent = link.dataset.term ?? link.textContent ?? '';
  definition.textContent = link.dataset.definition ?? '';
  open.href = link.getAttribute('href') ?? link.href;
  // Right after the link in the DOM, so Tab moves from the term into the card.
  link.after(card);
  card.hidden = false;
  link.setAttribute('aria-describedby', 'term-card-def');
  place(link);
}

function hide(now = false) {
  clearTimeout(hideTimer);
  const go = () => {
    card.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
    armed = null;
  };
  if (now) go();
  else hideTimer = setTimeout(go, 150);
}

const termOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLAnchorElement>('a.term-link') : null);
const inCard = (t: EventTarget | null) => t instanceof Node && card.contains(t);

document.addEventListener('pointerover', (e) => {
  if (e.pointerType === 'touch') return;
  const link = termOf(e.target);
  if (link) show(link);
  else if (inCard(e.target)) clearTimeout(hideTimer);
});
document.addEventListener('pointerout', (e) => {
  if (e.pointerType === 'touch') return;
  if (termOf(e.target) || inCard(e.target)) hide();
});
document.addEventListener('focusin', (e) => {
  const link = termOf(e.target);
  // A tap focuses the link before its click: the click decides what a tap does.
  if (link && (closing || touched === link)) return;
  if (link) show(link);
  else if (inCard(e.target)) clearTimeout(hideTimer);
  else if (!card.hidden) hide(true);
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !card.hidden) {
    const link = current;
    hide(true);
    closing = true;
    link?.focus();
    closing = false;
  }
});
document.addEventListener('pointerdown', (e) => {
  touched = e.pointerType === 'touch' ? termOf(e.target) : null;
});
document.addEventListener('click', (e) => {
  const link = termOf(e.target);
  // First tap on a term shows its card; the card's own link (or a second tap) navigates.
  if (link && touched === link && armed !== link) {
    e.preventDefault();
    show(link);
    armed = link;
  } else if (!link && !inCard(e.target) && !card.hidden) hide(true);
});
window.addEventListener('scroll', () => !card.hidden && current && place(current), { passive: true });

export {};
