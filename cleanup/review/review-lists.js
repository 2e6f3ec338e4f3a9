// The side lists (every change by time, every cue that breaks caption rules) and the detail
// line: what happened to the word in focus, readable on a tap, with its Reject buttons.

// Changes in time order (untimed ones last), each row with its Reject box.
var byTime = Array.from({ length: M }, function (_, k) { return k; }).sort(function (a, b) {
  var sa = C.start[a], sb = C.start[b];
  if ((sa === null) !== (sb === null)) return sa === null ? 1 : -1;
  return (sa || 0) - (sb || 0) || a - b;
});
var rankOf = new Int32Array(M);  // a change's place in the list
byTime.forEach(function (k, n) { rankOf[k] = n; });
var changeRows = new Array(M);
var currentChanges = [];  // the changes of the word in focus, marked in the list

function timeButton(seconds) {
  var b = document.createElement('button');
  b.type = 'button';
  b.className = 'time';
  b.setAttribute('data-at', String(seconds));
  b.textContent = clock(seconds);
  return b;
}
// A change as "before → after"; a redaction whose words are kept off the page: its tag.
function diffEl(k) {
  var diff = document.createElement('span');
  diff.className = 'diff';
  if (isPrivate(k) && !C.before[k]) {
    diff.appendChild(textEl(C.after[k], 'span', 'tag'));
    return diff;
  }
  var s = diff.appendChild(document.createElement('s'));
  s.appendChild(textEl(C.before[k] || '∅'));
  diff.appendChild(document.createTextNode(' → '));
  diff.appendChild(textEl(C.after[k] || '∅'));
  return diff;
}
function drawChange(k, into) {
  var li = document.createElement('li');
  li.id = 'change-' + k;
  li.setAttribute('data-change', k);
  li.className = (rejected[k] ? 'rejected' : '') + (currentChanges.indexOf(k) >= 0 ? ' current' : '') +
    (isPrivate(k) ? ' redaction' : '') + (wasSuggested(k) ? ' accepted-suggestion' : '');
  if (C.start[k] !== null) li.appendChild(timeButton(C.start[k]));
  li.appendChild(textEl(stepOf(k), 'span', 'step'));
  li.appendChild(document.createTextNode(' '));
  li.appendChild(diffEl(k));
  li.appendChild(document.createTextNode(' '));
  var label = li.appendChild(document.createElement('label'));
  var box = label.appendChild(document.createElement('input'));
  box.type = 'checkbox';
  box.className = 'reject';
  box.setAttribute('data-change', k);
  box.checked = rejected[k];
  if (wasSuggested(k)) li.appendChild(textEl(' (an accepted suggestion)', 'span', 'note'));
  label.appendChild(document.createTextNode(isPrivate(k) ? ' Not PHI' : ' Reject'));
  label.appendChild(textEl(plainText(' ' + changeText(k)), 'span', 'sr'));
  into.appendChild(li);
  changeRows[k] = li;
}
function changeText(k) {
  if (isPrivate(k) && !C.before[k]) return stepOf(k) + ': ' + C.after[k];
  return stepOf(k) + ': ' + (C.before[k] || '∅') + ' → ' + (C.after[k] || '∅');
}
function drawProblem(f, into) {
  var li = document.createElement('li'), flag = data.flags[f];
  if (flag[2] !== null) li.appendChild(timeButton(flag[2]));
  li.appendChild(document.createTextNode(' '));
  li.appendChild(textEl(flag[3]));
  into.appendChild(li);
}
function sideList(id, count, draw, none, cls) {
  var box = $(id);
  if (!count) {
    var p = box.appendChild(document.createElement('p'));
    p.className = 'none';
    p.textContent = none;
    return null;
  }
  box.className = cls + '-list';
  var list = new LazyList(box, count, 50, function (el, first, end) {
    el.classList.add(cls);
    for (var n = first; n < end; n++) draw(n, el);
  }, function (first, end) { return (end - first) * 30; }, 'ol');
  list.scroller = function () {  // the side panel when it scrolls on its own, else the page
    var aside = box.closest('aside');
    return getComputedStyle(aside).overflowY === 'auto' ? aside : null;
  };
  return list;
}
var changeList = sideList('changes', M, function (n, el) { drawChange(byTime[n], el); },
                          'The pipeline changed nothing.', 'changes');
var problemList = sideList('problems', flagAt.length, drawProblem,
                           'Every cue keeps the caption rules.', 'problems');
if (changeList) {
  changeList.onHide = function (first, end) {
    for (var n = first; n < end; n++) delete changeRows[byTime[n]];
  };
}

// ---- the detail line ------------------------------------------------------------------------
var detail = $('detail');
var hint = detail.firstElementChild;  // shown while no marked word is in focus
function rejectButton(k) {
  var b = document.createElement('button');
  b.type = 'button';
  b.className = 'toggle';
  b.setAttribute('data-change', k);
  b.setAttribute('aria-pressed', rejected[k] ? 'true' : 'false');
  b.textContent = toggleText(k);
  return b;
}
function toggleText(k) {
  if (isPrivate(k)) return rejected[k] ? 'Redact again' : 'Not PHI';
  return rejected[k] ? 'Restore' : 'Reject';
}
function detailLine(text, k) {
  var line = document.createElement('p');
  line.appendChild(textEl(text, 'span', 'what'));
  if (k !== undefined) {
    line.appendChild(document.createTextNode(' '));
    line.appendChild(textEl(stepOf(k), 'span', 'step'));
    line.appendChild(document.createTextNode(' '));
    line.appendChild(diffEl(k));
    line.appendChild(document.createTextNode(' '));
    line.appendChild(rejectButton(k));
  }
  return line;
}
// What the detail line says about word i (or flag f), or null for a word nothing touched.
function describeWord(i) {
  var kind = kindOf(i), ks = wordChanges[i] || [], lines = [];
  var said = '“' + W.text[i] + '”' + (timed(i) ? ' at ' + clock(wordMs[i] / 1000) : '');
  var unsure = levelOf(i) && W.p[i] !== null ? 'Whisper was ' + W.p[i] + '% sure' : '';
  if (kind === DROPPED) lines.push(detailLine(said + ' dropped by the ' + guardStep(i)));
  ks.forEach(function (k) {
    var what = kind === REMOVED ? ' removed by' : kind === REDACTED ? ' redacted by' : ' changed by';
    lines.push(detailLine(said + (unsure ? ' (' + unsure + ')' : '') + what, k));
  });
  if (unsure && !ks.length) lines.push(detailLine(said + ': ' + unsure));
  (sugOn[i] || []).forEach(function (s) { lines.push(detailLine('Suggested: ' + suggestionText(s))); });
  return lines.length ? lines : null;
}
function showDetail(el) {
  var lines = null, ks = [];
  if (el && el.hasAttribute('data-i')) {
    var i = Number(el.getAttribute('data-i'));
    lines = describeWord(i);
    ks = wordChanges[i] || [];
  } else if (el && el.hasAttribute('data-s')) {
    var s = Number(el.getAttribute('data-s'));
    lines = [detailLine((accepted[s] ? 'Accepted: ' : 'Suggested, not made: ') + suggestionText(s))];
  } else if (el && el.hasAttribute('data-f')) {
    lines = [detailLine(data.flags[Number(el.getAttribute('data-f'))][3])];
  }
  detail.textContent = '';
  (lines || [hint]).forEach(function (line) { detail.appendChild(line); });
  detail.classList.toggle('open', !!lines);
  currentChanges.forEach(function (k) { if (changeRows[k]) changeRows[k].classList.remove('current'); });
  currentChanges = ks;
  if (ks.length) revealChange(ks[0]);
  ks.forEach(function (k) { if (changeRows[k]) changeRows[k].classList.add('current'); });
}
// Scrolls the side panel (when it scrolls on its own) to show change k's row.
function revealChange(k) {
  var aside = document.querySelector('aside');
  if (!changeList || getComputedStyle(aside).overflowY !== 'auto') return;
  changeList.show(Math.floor(rankOf[k] / changeList.size));
  var row = changeRows[k].getBoundingClientRect(), box = aside.getBoundingClientRect();
  if (row.top < box.top || row.bottom > box.bottom) {
    aside.scrollTop += row.top - box.top - aside.clientHeight / 3;
  }
}
