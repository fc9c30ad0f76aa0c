/* Article page: count one view (a cookie-less POST beacon to our own server), copy link, print,
   and click-to-load videos. Everything here is optional: the page reads fully without it. */
(function () {
  "use strict";
  var script = document.currentScript;
  var viewUrl = script && script.getAttribute("data-view");
  if (viewUrl && navigator.sendBeacon) { navigator.sendBeacon(viewUrl); }

  var copy = document.querySelector("[data-copy]");
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(copy.getAttribute("data-copy")).then(function () {
        var note = document.createElement("span");
        note.setAttribute("role", "status");
        note.textContent = " " + script.getAttribute("data-copied");
        copy.after(note);
      });
    });
  }
  var printButton = document.querySelector("[data-print]");
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () { window.print(); });
  }

  document.querySelectorAll("[data-video]").forEach(function (figure) {
    var link = figure.querySelector("a");
    link.addEventListener("click", function (event) {
      var url = figure.getAttribute("data-video");
      var youtube = url.match(/(?:youtube\.com\/watch\?v=|youtu\.be\/)([\w-]{6,})/);
      var player;
      if (youtube) {
        player = document.createElement("iframe");
        player.src = "https://www.youtube-nocookie.com/embed/" + youtube[1] + "?autoplay=1";
        player.allow = "autoplay; encrypted-media; picture-in-picture";
        player.allowFullscreen = true;
        player.title = link.textContent.trim();
      } else if (/\.mp4($|\?)/.test(url)) {
        player = document.createElement("video");
        player.src = url; player.controls = true; player.autoplay = true;
      } else {
        return; // unknown host: follow the link
      }
      event.preventDefault();
      player.className = "video-player";
      link.replaceWith(player);
    });
  });
})();
