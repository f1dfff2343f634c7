/* global document, window */
// A stand-in for an advertising pixel: sets the browser id cookie Meta's pixel would.
(function () {
  document.cookie = '_fbp=fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e9) + '; Path=/; Max-Age=7776000; SameSite=Lax';
  window.demoPixelLoaded = (window.demoPixelLoaded || 0) + 1;
})();
