// Coding by selection: selecting words in a source's turns fills the "code the selected words"
// form with their exact offsets in the source. Progressive enhancement only: without this file,
// whole turns are coded with the ticked-turns form.
const form = document.getElementById('code-selection');

// The offset in the source of a point in the page: each piece of a turn's text carries data-start.
function offsetOf(node, offset) {
  const piece = (node.nodeType === Node.TEXT_NODE ? node.parentElement : node)?.closest('[data-start]');
  if (!piece) {
    return null;
  }
  const base = Number(piece.dataset.start);
  if (node.nodeType === Node.TEXT_NODE) {
    return base + offset;
  }
  return offset === 0 ? base : base + piece.textContent.length;
}

function update() {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
    return;
  }
  const range = selection.getRangeAt(0);
  if (!range.commonAncestorContainer.parentElement?.closest('.pz-turns')
      && !(range.commonAncestorContainer.closest && range.commonAncestorContainer.closest('.pz-turns'))) {
    return;
  }
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) {
    return;
  }
  form.hidden = false;
  document.getElementById('selection-start').value = start;
  document.getElementById('selection-end').value = end;
  const words = selection.toString().trim();
  document.getElementById('selection-words').textContent =
      '“' + (words.length > 140 ? words.slice(0, 140) + '…' : words) + '”';
}

if (form) {
  document.addEventListener('selectionchange', () => {
    clearTimeout(update.timer);
    update.timer = setTimeout(update, 150);
  });
}
