/* The attempt page: save each answer the moment it is chosen, retry what could not be saved,
   count down to the server's deadline and submit when it comes. Without this script the page
   is a plain form (save / submit buttons), so nothing depends on it. */
(function () {
  "use strict";
  var form = document.getElementById("attempt-form");
  if (!form) { return; }
  var answerUrl = form.dataset.answerUrl.replace(/0\/$/, "");
  var offset = Number(form.dataset.nowMs) - Date.now();  // server clock minus this device's clock
  var deadline = Number(form.dataset.deadlineMs);
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var pending = {};  // question id -> choice id not yet acknowledged by the server
  var status = document.getElementById("connection");
  var countdown = document.getElementById("countdown");
  var answeredCount = document.getElementById("answered-count");
  var predictionKey = "lantoa-prediction-" + form.dataset.attempt;
  var submitting = false;

  function setState(qid, text, cls) {
    var box = form.querySelector('fieldset[data-question="' + qid + '"] .save-state');
    if (box) { box.textContent = text; box.className = "save-state " + (cls || ""); }
  }

  function countAnswered() {
    var n = 0;
    form.querySelectorAll("fieldset[data-question]").forEach(function (fs) {
      if (fs.querySelector("input:checked")) { n += 1; }
    });
    answeredCount.textContent = n;
  }

  function save(qid, cid) {
    pending[qid] = cid;
    setState(qid, form.dataset.saving);
    var body = new FormData();
    body.append("choice_id", cid);
    return fetch(answerUrl + qid + "/", {
      method: "POST", body: body, credentials: "same-origin",
      headers: {"X-CSRFToken": csrf, "X-Requested-With": "fetch"}
    }).then(function (response) {
      if (response.status === 204) {
        if (pending[qid] === cid) { delete pending[qid]; }
        setState(qid, form.dataset.saved, "ok");
        status.textContent = "";
        return;
      }
      return response.json().catch(function () { return {}; }).then(function (data) {
        delete pending[qid];  // refused for good (closed, invalid): retrying will not help
        setState(qid, data.detail || form.dataset.failed, "error");
        if (response.status === 409) { window.location.reload(); }
      });
    }).catch(function () {
      setState(qid, form.dataset.failed, "error");
      status.textContent = form.dataset.offline;
    });
  }

  function retry() {
    Object.keys(pending).forEach(function (qid) { save(qid, pending[qid]); });
  }

  form.addEventListener("change", function (event) {
    var input = event.target;
    if (input.type === "radio" && input.name.charAt(0) === "q") {
      save(input.name.slice(1), input.value);
      countAnswered();
    } else if (input.name === "prediction") {
      try { localStorage.setItem(predictionKey, input.value); } catch (e) { /* private mode */ }
    }
  });
  var prediction = form.querySelector("input[name=prediction]");
  try { if (!prediction.value && localStorage.getItem(predictionKey)) { prediction.value = localStorage.getItem(predictionKey); } } catch (e) { /* ignore */ }
  prediction.addEventListener("input", function () {
    try { localStorage.setItem(predictionKey, prediction.value); } catch (e) { /* ignore */ }
  });

  window.addEventListener("online", retry);
  setInterval(function () { if (Object.keys(pending).length) { retry(); } }, 5000);

  form.addEventListener("submit", function () { submitting = true; });

  function tick() {
    var left = Math.max(0, deadline - (Date.now() + offset));
    var seconds = Math.ceil(left / 1000);
    var m = Math.floor(seconds / 60), s = seconds % 60;
    countdown.textContent = (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
    if (seconds <= 60) { countdown.parentNode.classList.add("urgent"); }
    if (left <= 0 && !submitting) {
      submitting = true;
      status.textContent = form.dataset.timeup;
      var button = document.getElementById("submit-button");
      if (form.requestSubmit) { form.requestSubmit(button); } else { button.click(); }
      return;
    }
    setTimeout(tick, 250);
  }
  tick();
})();
