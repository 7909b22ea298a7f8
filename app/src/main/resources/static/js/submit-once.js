// A form marked data-once sends once: its button is disabled while the answer comes (a PDF download leaves the page
// as it was, so the button comes back after a while). A second click would issue a second set of sign-in cards and
// make the first, perhaps never seen, worthless; a second import of a checked file would be refused, and its message
// would hide the first one's result.
(function () {
  document.querySelectorAll('form[data-once]').forEach(function (form) {
    form.addEventListener('submit', function () {
      var buttons = form.querySelectorAll('button[type=submit]');
      setTimeout(function () {
        buttons.forEach(function (b) { b.disabled = true; });
      }, 0);
      setTimeout(function () {
        buttons.forEach(function (b) { b.disabled = false; });
      }, 15000);
    });
  });
})();
