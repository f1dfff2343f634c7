/* global document, window */
// A stand-in for an analytics tag: sets the cookies Google Analytics would, on this site's domain.
(function () {
  var now = Date.now();
  document.cookie = '_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(now / 1000) + '; Path=/; Max-Age=63072000; SameSite=Lax';
  document.cookie = '_ga_DEMO1234=GS1.1.' + Math.floor(now / 1000) + '.1.0; Path=/; Max-Age=63072000; SameSite=Lax';
  window.demoAnalyticsLoaded = (window.demoAnalyticsLoaded || 0) + 1;
})();
