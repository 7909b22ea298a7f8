/*
 * Where painted letters of one line run into letters of another line: for every word in `root`, the box its glyphs
 * cover (measured with a canvas in the word's own font, around the baseline the browser laid it out on), and every
 * pair of words on different lines whose boxes overlap by more than `tolerance` pixels both across and down.
 * Nastaliq words rise far above the font's nominal height, which is why boxes of the laid-out text are not enough.
 */
function inkOverlaps(root, tolerance) {
  const canvas = document.createElement('canvas').getContext('2d');
  const words = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const element = node.parentElement;
    if (!element || element.closest('.visually-hidden, script, style, option, select, textarea, title')) continue;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const layoutAscent = canvas.measureText('x').fontBoundingBoxAscent;
    const pattern = /\S+/g;
    let match;
    while ((match = pattern.exec(node.textContent))) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const boxes = [...range.getClientRects()].filter(box => box.width > 0);
      if (boxes.length !== 1) continue;
      const box = boxes[0], ink = canvas.measureText(match[0]), baseline = box.top + layoutAscent;
      words.push({ text: match[0], left: box.left, right: box.right, baseline,
                   top: baseline - ink.actualBoundingBoxAscent, bottom: baseline + ink.actualBoundingBoxDescent });
    }
  }
  const found = [];
  for (const upper of words) {
    for (const lower of words) {
      if (lower.baseline <= upper.baseline + 2) continue;
      const across = Math.min(upper.right, lower.right) - Math.max(upper.left, lower.left);
      const down = upper.bottom - lower.top;
      if (across > tolerance && down > tolerance) {
        found.push(`"${upper.text}" runs ${down.toFixed(1)}px into "${lower.text}" below it`);
      }
    }
  }
  return found;
}
