// A ballot slip's QR code carries its code after "#", a part of the address browsers never send to a server, so the
// code stays out of access logs and proxies on the way. This fills the code in, then drops it from the address bar
// and the history, so the next person at a shared phone does not find it either.
(function () {
  var found = /^#code=([A-Za-z0-9-]{1,30})$/.exec(window.location.hash);
  if (!found) {
    return;
  }
  var input = document.getElementById('code');
  if (input && !input.value) {
    input.value = found[1];
  }
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
})();
