// Filters of the responsibility matrix (lv/atbildibas-matrica/): hide task rows by
// level group and by role, and keep the choice in the URL hash
// (#limenis=2&loma=pakalpojuma-saimnieks) so a filtered view can be linked. A role's
// column header id (#loma-pakalpojuma-saimnieks, what role pages link to) filters too.
// Without this script the full table shows and the filters stay hidden.
(function () {
  'use strict';

  var table = document.getElementById('matrix');
  var levelSelect = document.getElementById('filter-level');
  var roleSelect = document.getElementById('filter-role');
  if (!table || !levelSelect || !roleSelect) {
    return;
  }
  var count = document.getElementById('matrix-count');
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-task]'));
  var groups = Array.prototype.slice.call(table.querySelectorAll('tbody tr.group'));

  // True when the row's cell for roleId holds A or L.
  function roleTakesPart(row, roleId) {
    var cells = row.querySelectorAll('td[data-role]');
    for (var i = 0; i < cells.length; i++) {
      if (cells[i].getAttribute('data-role') === roleId) {
        return cells[i].textContent.trim() !== '';
      }
    }
    return false;
  }

  // A group header hides when every task row up to the next header is hidden.
  function updateGroups() {
    groups.forEach(function (header) {
      var anyShown = false;
      for (var row = header.nextElementSibling; row && !row.classList.contains('group');
        row = row.nextElementSibling) {
        if (row.hasAttribute('data-task') && !row.hidden) {
          anyShown = true;
        }
      }
      header.hidden = !anyShown;
    });
  }

  // Shades the chosen role's column so its letters are easy to follow.
  function markColumn(roleId) {
    var cells = table.querySelectorAll('[data-role]');
    for (var i = 0; i < cells.length; i++) {
      cells[i].classList.toggle('is-selected', roleId !== '' && cells[i].getAttribute('data-role') === roleId);
    }
  }

  function apply() {
    var level = levelSelect.value;
    var role = roleSelect.value;
    var shown = 0;
    rows.forEach(function (row) {
      var keep = (!level || row.getAttribute('data-level') === level) && (!role || roleTakesPart(row, role));
      row.hidden = !keep;
      if (keep) {
        shown++;
      }
    });
    updateGroups();
    markColumn(role);
    if (count) {
      count.textContent = 'Uzdevumi: ' + shown + ' no ' + rows.length;
    }
  }

  // Sets a select to value when it offers it, else to "all".
  function choose(select, value) {
    var offered = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    select.value = offered ? value : '';
  }

  // Opened at a role's column header, the browser would put that header at the window's
  // top and the table's box would scroll inside too, leaving the filters above and blank
  // space over the header: show the filters (the chosen role in them) and the table's top
  // with the role's column beside the task column instead.
  function revealColumn(roleId) {
    var th = document.getElementById('loma-' + roleId);
    var wrap = document.querySelector('.matrix-wrap');
    var corner = table.querySelector('thead th.corner');
    if (!th || !wrap || !corner) {
      return;
    }
    wrap.scrollTop = 0;
    wrap.scrollLeft = Math.max(0, th.offsetLeft - corner.offsetWidth);
    (filters && !filters.hidden ? filters : wrap).scrollIntoView({ block: 'start' });
  }

  // The role of a #loma-<role> address, or null.
  function headerRole() {
    var header = /^loma-(.+)$/.exec(window.location.hash.replace(/^#/, ''));
    return header ? decodeURIComponent(header[1]) : null;
  }

  function readHash() {
    var hash = window.location.hash.replace(/^#/, '');
    var role = headerRole();
    var params = new URLSearchParams(role ? '' : hash);
    choose(levelSelect, params.get('limenis') || '');
    choose(roleSelect, role || params.get('loma') || '');
  }

  function writeHash() {
    var parts = [];
    if (levelSelect.value) {
      parts.push('limenis=' + encodeURIComponent(levelSelect.value));
    }
    if (roleSelect.value) {
      parts.push('loma=' + encodeURIComponent(roleSelect.value));
    }
    var hash = parts.length ? '#' + parts.join('&') : '';
    var base = window.location.href.split('#')[0];
    try {
      // replaceState keeps the back button for real navigation, not every choice.
      window.history.replaceState(null, '', base + hash);
    } catch (e) {
      window.location.hash = hash;
    }
  }

  function onChange() {
    apply();
    writeHash();
  }

  levelSelect.addEventListener('change', onChange);
  roleSelect.addEventListener('change', onChange);
  var filters = document.getElementById('matrix-filters');
  function onHash() {
    readHash();
    apply();
    if (headerRole()) {
      revealColumn(headerRole());
    }
  }
  window.addEventListener('hashchange', onHash);

  if (filters) {
    filters.hidden = false;
  }
  readHash();
  apply();
  // After the browser's own scroll to the address's anchor, which comes with the load.
  if (headerRole()) {
    if (document.readyState === 'complete') {
      revealColumn(headerRole());
    } else {
      window.addEventListener('load', function () { revealColumn(headerRole()); });
    }
  }
})();
