#include "cli/serve/reload_client.h"

namespace pvpp {

const char* const k_reload_js = R"js(// pvpp serve: reloads the page after each good build and shows a failed build's
// diagnostics over the page. Text goes in as text nodes only, never as HTML.
(function () {
  'use strict';
  var script = document.currentScript;
  var loaded = script ? script.getAttribute('data-build') : null;
  var panel = null;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function addStylesheet() {
    if (document.getElementById('pvpp-serve-css')) { return; }
    var link = element('link');
    link.id = 'pvpp-serve-css';
    link.rel = 'stylesheet';
    link.href = '/__pvpp/reload.css';
    document.head.appendChild(link);
  }

  // One line per span, so the finding lines ("file:line:col: kļūda: …", or "error:" under
  // LANGUAGE=en) stand out.
  function report(text) {
    var pre = element('pre', 'pvpp-overlay-report');
    text.replace(/\n$/, '').split('\n').forEach(function (line) {
      var kind = / (kļūda|error): /.test(line) ? 'pvpp-overlay-error'
        : / (brīdinājums|warning): /.test(line) ? 'pvpp-overlay-warning' : '';
      pre.appendChild(element('span', kind, line + '\n'));
    });
    return pre;
  }

  function hideProblem() {
    if (panel) { panel.remove(); panel = null; }
  }

  function showProblem(status) {
    hideProblem();
    addStylesheet();
    panel = element('section', 'pvpp-overlay');
    panel.setAttribute('role', 'alert');
    panel.setAttribute('aria-labelledby', 'pvpp-overlay-title');
    var title = element('h2', 'pvpp-overlay-title', 'Saturā ir kļūdas – vietne nav pārbūvēta');
    title.id = 'pvpp-overlay-title';
    var note = element('p', 'pvpp-overlay-note', 'Redzama pēdējā veiksmīgi izveidotā vietne. ' +
      'Izlabojiet norādītās vietas un saglabājiet datni: lapa atjaunosies pati.');
    var close = element('button', 'pvpp-overlay-close', 'Aizvērt');
    close.type = 'button';
    close.addEventListener('click', hideProblem);
    panel.append(title, note, report(status.report), close);
    document.body.appendChild(panel);
  }

  // A page older than the last good build reloads; otherwise the panel follows the latest build.
  function onStatus(event) {
    var status = JSON.parse(event.data);
    if (String(status.build) !== loaded) { location.reload(); return; }
    if (status.ok) { hideProblem(); } else { showProblem(status); }
  }

  // Only a visible tab listens: a browser opens at most six connections to one server, and
  // a tab that comes back learns the current status at once (and reloads if it is behind).
  var events = null;
  function listen() {
    if (events || document.hidden) { return; }
    events = new EventSource('/__pvpp/events');
    events.addEventListener('reload', onStatus);
    events.addEventListener('problem', onStatus);
  }
  function pause() {
    if (events) { events.close(); events = null; }
  }
  document.addEventListener('visibilitychange', function () {
    if (document.hidden) { pause(); } else { listen(); }
  });
  window.addEventListener('pagehide', pause);
  window.addEventListener('pageshow', listen);  // back from the back-forward cache
  listen();
})();
)js";

const char* const k_reload_css =
    R"css(/* pvpp serve: the panel that shows a failed build's diagnostics over the page. */
.pvpp-overlay {
  position: fixed; top: 0; left: 0; right: 0; z-index: 2147483647;
  max-height: 80vh; overflow: auto; box-sizing: border-box;
  margin: 0; padding: 1rem 1.5rem 1.25rem;
  background: #1f1f1f; color: #f2f2f2; border-bottom: 4px solid #d32f2f;
  box-shadow: 0 4px 18px rgba(0, 0, 0, 0.45);
  font: 16px/1.5 system-ui, "DejaVu Sans", sans-serif; text-align: left;
}
.pvpp-overlay-title {
  margin: 0 6rem 0.25rem 0; padding: 0; border: 0;
  font: bold 1.2rem/1.4 system-ui, "DejaVu Sans", sans-serif; color: #ff9e94;
}
.pvpp-overlay-note { margin: 0 0 0.75rem; max-width: none; }
.pvpp-overlay-report {
  margin: 0; padding: 0.75rem 1rem; border-radius: 4px;
  background: #111; color: #e6e6e6; white-space: pre-wrap; overflow-wrap: anywhere;
  font: 14px/1.45 "DejaVu Sans Mono", ui-monospace, monospace;
}
.pvpp-overlay-error { color: #ff9e94; font-weight: bold; }
.pvpp-overlay-warning { color: #ffd27f; }
.pvpp-overlay-close {
  position: absolute; top: 0.9rem; right: 1.5rem; cursor: pointer;
  padding: 0.3rem 0.8rem; border: 1px solid #bbb; border-radius: 4px;
  background: #333; color: #fff; font: inherit; font-size: 0.9rem;
}
.pvpp-overlay-close:focus-visible { outline: 3px solid #8ab4ff; outline-offset: 2px; }
)css";

}  // namespace pvpp
