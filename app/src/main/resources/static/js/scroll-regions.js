// A table wider than the screen scrolls sideways inside its .table-wrap. Keyboard users can scroll it only if it can
// take focus (WCAG 2.1.1), so a wrap that scrolls and holds nothing focusable becomes a focusable region named by the
// table's caption or the heading before it; a wrap that fits gets no tab stop it does not need. Looked at again when
// the window changes size (a phone turned) or htmx swaps in new rows. Without JavaScript the table still scrolls by
// touch and mouse.
(function () {
  var FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';
  var made = 0;

  function labelOf(wrap) {
    var label = wrap.querySelector('caption');
    var before = wrap.previousElementSibling;
    if (!label && before && /^H[1-6]$/.test(before.tagName)) {
      label = before;
    }
    if (label && !label.id) {
      made += 1;
      label.id = 'scroll-region-label-' + made;
    }
    return label ? label.id : null;
  }

  function mark(wrap) {
    var scrolls = wrap.scrollWidth > wrap.clientWidth;
    var marked = wrap.hasAttribute('data-scroll-region');
    if (scrolls && !marked && !wrap.querySelector(FOCUSABLE)) {
      wrap.setAttribute('data-scroll-region', '');
      wrap.tabIndex = 0;
      var label = labelOf(wrap);
      if (label) {
        wrap.setAttribute('role', 'region');
        wrap.setAttribute('aria-labelledby', label);
      }
    } else if (!scrolls && marked) {
      ['data-scroll-region', 'tabindex', 'role', 'aria-labelledby'].forEach(function (name) {
        wrap.removeAttribute(name);
      });
    }
  }

  function markAll() {
    document.querySelectorAll('.table-wrap').forEach(mark);
  }

  markAll();
  window.addEventListener('load', markAll);
  window.addEventListener('resize', markAll);
  document.addEventListener('htmx:afterSettle', markAll);
})();
