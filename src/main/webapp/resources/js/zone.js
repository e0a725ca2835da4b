// Tells the server the person's time zone (an IANA id such as Europe/Berlin), so pages show times
// in it; the server takes only ids Java knows (platform.web.ShownZone). A file, not an inline
// script: the Content-Security-Policy allows scripts from this site only.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf("smm_zone=" + encodeURIComponent(zone)) < 0) {
      document.cookie = "smm_zone=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; SameSite=Lax";
    }
  } catch (e) {
    // Without Intl the server keeps showing UTC, named as such.
  }
})();
