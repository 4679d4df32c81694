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

  function readHash() {
    var hash = window.location.hash.replace(/^#/, '');
    var header = /^loma-(.+)$/.exec(hash);
    var params = new URLSearchParams(header ? '' : hash);
    choose(levelSelect, params.get('limenis') || '');
    choose(roleSelect, header ? header[1] : params.get('loma') || '');
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
  window.addEventListener('hashchange', function () {
    readHash();
    apply();
  });

  var filters = document.getElementById('matrix-filters');
  if (filters) {
    filters.hidden = false;
  }
  readHash();
  apply();
})();
