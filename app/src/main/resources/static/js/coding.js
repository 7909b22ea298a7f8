// Coding free-text answers from the keyboard: in an answer (or on it), keys 1 to 9 tick or untick its codes, which
// htmx saves at once; j and k move to the next and previous answer. Keys typed into a field are left alone.
(function () {
  "use strict";
  function answers() {
    return Array.prototype.slice.call(document.querySelectorAll("article.coded-answer"));
  }
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (target.matches && target.matches("input[type=text], textarea, select")) {
      return;
    }
    var article = target.closest ? target.closest("article.coded-answer") : null;
    if (!article) {
      return;
    }
    if (event.key >= "1" && event.key <= "9") {
      var boxes = article.querySelectorAll("input[name=codes]");
      var box = boxes[Number(event.key) - 1];
      if (box) {
        event.preventDefault();
        box.click();
      }
    } else if (event.key === "j" || event.key === "k") {
      var list = answers();
      var next = list[list.indexOf(article) + (event.key === "j" ? 1 : -1)];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    }
  });
  // After htmx redraws an answer, keep the focus where it was, so the next key applies to the same answer.
  document.body.addEventListener("htmx:afterSwap", function (event) {
    var redrawn = event.detail && event.detail.elt;
    if (redrawn && redrawn.id) {
      var again = document.getElementById(redrawn.id);
      if (again) {
        again.focus();
      }
    }
  });
})();
