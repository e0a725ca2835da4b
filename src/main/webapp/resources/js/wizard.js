// The wizard's history buttons: one command on the page (smmShowHistory, a PrimeFaces remote
// command) asks for the history of the question a button names, instead of one command per
// question. A file, not an inline script: the Content-Security-Policy allows scripts from this
// site only.
document.addEventListener("click", function (event) {
  var button = event.target.closest ? event.target.closest(".history-link[data-question]") : null;
  if (button && typeof window.smmShowHistory === "function") {
    window.smmShowHistory([{ name: "question", value: button.getAttribute("data-question") }]);
  }
});
